package dev.channels;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Runs a contract test at capacities 0 (unbuffered), 1, 2 and 16. */
@ParameterizedTest(name = "capacity={0}")
@ValueSource(ints = {0, 1, 2, 16})
@Retention(RUNTIME)
@Target(METHOD)
@interface ForEachCapacity {}
