package dev.channels.exercises;

import dev.channels.exercises.warmups.LastWarmUps;
import dev.channels.exercises.warmups.MoreWarmUps;
import dev.channels.exercises.warmups.WarmUps;
import java.util.List;
import java.util.Optional;

/** Every exercise, in the order {@code exercises list} shows them. */
public final class Catalog {
    private Catalog() {}

    /** All exercises. */
    public static List<Exercise<?>> all() {
        return List.of(WarmUps.closeFanIn(), WarmUps.addDefault(), WarmUps.addTimeout(), MoreWarmUps.stopTicker(),
                MoreWarmUps.cancelContext(), MoreWarmUps.boundedPool(), MoreWarmUps.nilCase(), LastWarmUps.drainAfterClose(),
                LastWarmUps.rateLimitTicker(), LastWarmUps.errgroupFirstError(), LastWarmUps.doneBroadcast(),
                LastWarmUps.pipelineStage());
    }

    /** The exercise named {@code name}, if any. */
    public static Optional<Exercise<?>> named(String name) {
        return all().stream().filter(e -> e.name().equals(name)).findFirst();
    }
}
