import static dev.channels.Go.go;

import dev.channels.Channel;
import dev.channels.Empty;
import dev.channels.ReceiveChannel;
import dev.channels.exercises.warmups.BroadcastApi;

/** Runs work and tells every waiter when it is done. */
public class Done implements BroadcastApi {
    @Override
    public ReceiveChannel<Empty> start(Runnable work) {
        Channel<Empty> done = Channel.make(1);
        go(() -> {
            work.run();
            done.send(Empty.VALUE); // TODO: a send wakes one waiter; the others wait for ever.
        });
        return done;
    }
}
