import static dev.channels.Go.go;

import dev.channels.Channel;
import dev.channels.Empty;
import dev.channels.ReceiveChannel;
import dev.channels.exercises.warmups.BroadcastApi;

/** Runs work and tells every waiter when it is done. */
public class Done implements BroadcastApi {
    @Override
    public ReceiveChannel<Empty> start(Runnable work) {
        Channel<Empty> done = Channel.make();
        go(() -> {
            try (done) { // defer close(done): a close wakes every receiver
                work.run();
            }
        });
        return done;
    }
}
