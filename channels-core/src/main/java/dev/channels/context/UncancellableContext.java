package dev.channels.context;

import dev.channels.Channel;
import dev.channels.ReceiveChannel;
import java.time.Instant;
import java.util.Optional;

/** A context that is never cancelled and has no deadline: Background, TODO, WithoutCancel. */
abstract class UncancellableContext implements Context {

    @Override
    public final Optional<Instant> deadline() {
        return Optional.empty();
    }

    @Override
    public final ReceiveChannel<Void> done() {
        return Channel.nil();
    }

    @Override
    public final ContextError err() {
        return null;
    }
}
