package dev.channels.bench.go;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Runs every {@code @Benchmark} method of a JMH class once for every combination of its
 * {@code @Param} values, with the states' {@code @Setup} and {@code @TearDown} methods, without JMH:
 * the CI smoke pass that proves each benchmark (and each Go sub-benchmark) runs. Measures nothing.
 */
final class JmhSmoke {
    private JmhSmoke() {}

    /** Runs them all; returns one line per run, "method [params]". */
    static List<String> runAll(Class<?> benchmarkClass) throws Exception {
        List<String> runs = new ArrayList<>();
        for (Method method : benchmarkClass.getMethods()) {
            if (!method.isAnnotationPresent(Benchmark.class)) {
                continue;
            }
            List<Class<?>> stateClasses = new ArrayList<>();
            if (benchmarkClass.isAnnotationPresent(State.class)) {
                stateClasses.add(benchmarkClass);
            }
            stateClasses.addAll(Arrays.asList(method.getParameterTypes()));
            List<Field> params = new ArrayList<>();
            for (Class<?> state : stateClasses) {
                for (Field field : state.getFields()) {
                    if (field.isAnnotationPresent(Param.class)) {
                        params.add(field);
                    }
                }
            }
            for (List<String> combination : combinations(params)) {
                Object bench = benchmarkClass.getConstructor().newInstance();
                List<Object> states = new ArrayList<>();
                for (Class<?> stateClass : stateClasses) {
                    states.add(stateClass == benchmarkClass ? bench : stateClass.getConstructor().newInstance());
                }
                for (int i = 0; i < params.size(); i++) {
                    Field field = params.get(i);
                    Object state = states.get(stateClasses.indexOf(field.getDeclaringClass()));
                    field.set(state, convert(field.getType(), combination.get(i)));
                }
                for (Object state : states) {
                    invokeAnnotated(state, Setup.class);
                }
                try {
                    method.invoke(bench, states.subList(stateClasses.size() - method.getParameterCount(), states.size()).toArray());
                } finally {
                    for (Object state : states) {
                        invokeAnnotated(state, TearDown.class);
                    }
                }
                runs.add(method.getName() + " " + combination);
            }
        }
        return runs;
    }

    private static List<List<String>> combinations(List<Field> params) {
        List<List<String>> result = new ArrayList<>();
        result.add(List.of());
        for (Field field : params) {
            List<List<String>> next = new ArrayList<>();
            for (List<String> prefix : result) {
                for (String value : values(field)) {
                    List<String> extended = new ArrayList<>(prefix);
                    extended.add(value);
                    next.add(extended);
                }
            }
            result = next;
        }
        return result;
    }

    private static List<String> values(Field field) {
        String[] declared = field.getAnnotation(Param.class).value();
        if (declared.length > 0 && !declared[0].equals(Param.BLANK_ARGS)) {
            return List.of(declared);
        }
        if (field.getType().isEnum()) { // JMH's default for an enum: every constant
            return Arrays.stream(field.getType().getEnumConstants()).map(Object::toString).toList();
        }
        throw new IllegalArgumentException("no values for @Param " + field);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object convert(Class<?> type, String value) {
        if (type == int.class) {
            return Integer.parseInt(value);
        }
        if (type.isEnum()) {
            return Enum.valueOf((Class<Enum>) type, value);
        }
        return value;
    }

    private static void invokeAnnotated(Object state, Class<? extends java.lang.annotation.Annotation> annotation) throws Exception {
        for (Method m : state.getClass().getMethods()) {
            if (m.isAnnotationPresent(annotation) && !Modifier.isStatic(m.getModifiers())) {
                m.invoke(state);
            }
        }
    }
}
