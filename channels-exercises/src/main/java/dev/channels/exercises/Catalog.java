package dev.channels.exercises;

import dev.channels.exercises.challenges.configs.ValidateConfigsChallenge;
import dev.channels.exercises.challenges.download.DownloadChallenge;
import dev.channels.exercises.challenges.health.HealthCheckChallenge;
import dev.channels.exercises.warmups.ChannelDrills;
import dev.channels.exercises.warmups.GoroutineDrills;
import dev.channels.exercises.warmups.SelectDrills;
import dev.channels.exercises.warmups.TimerDrills;
import java.util.List;
import java.util.Optional;

/** Every exercise, in the order {@code exercises list} shows them. */
public final class Catalog {
    private Catalog() {}

    /** All exercises. */
    public static List<Exercise> all() {
        return List.of(ChannelDrills.closeFanIn(), SelectDrills.addDefault(), SelectDrills.addTimeout(), TimerDrills.stopTicker(),
                GoroutineDrills.cancelContext(), GoroutineDrills.boundedPool(), ChannelDrills.nilCase(), ChannelDrills.drainAfterClose(),
                TimerDrills.rateLimitTicker(), GoroutineDrills.errgroupFirstError(), ChannelDrills.doneBroadcast(),
                ChannelDrills.pipelineStage(),
                HealthCheckChallenge.healthCheck(), ValidateConfigsChallenge.validateConfigs(),
                DownloadChallenge.download());
    }

    /** The exercise named {@code name}, if any. */
    public static Optional<Exercise> named(String name) {
        return all().stream().filter(e -> e.name().equals(name)).findFirst();
    }
}
