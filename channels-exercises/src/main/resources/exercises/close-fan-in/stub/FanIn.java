import static dev.channels.Go.go;

import dev.channels.Channel;
import dev.channels.ReceiveChannel;
import dev.channels.exercises.warmups.FanInApi;
import java.util.List;

/** Fan-in: every value of every input on one channel. */
public class FanIn implements FanInApi {
    @Override
    public ReceiveChannel<Integer> merge(List<ReceiveChannel<Integer>> inputs) {
        Channel<Integer> merged = Channel.make();
        for (ReceiveChannel<Integer> input : inputs) {
            go(() -> {
                for (int v : input) {
                    merged.send(v);
                }
            });
        }
        // TODO: close merged once every input is closed and drained, so that a range over it ends.
        return merged;
    }
}
