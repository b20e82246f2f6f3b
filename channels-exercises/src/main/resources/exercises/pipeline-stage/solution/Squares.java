import static dev.channels.Go.go;

import dev.channels.Channel;
import dev.channels.ReceiveChannel;
import dev.channels.exercises.warmups.StageApi;

/** A pipeline stage: squares. */
public class Squares implements StageApi {
    @Override
    public ReceiveChannel<Integer> squares(ReceiveChannel<Integer> in) {
        Channel<Integer> out = Channel.make();
        go(() -> {
            try (out) { // defer close(out)
                for (int v : in) {
                    out.send(v * v);
                }
            }
        });
        return out;
    }
}
