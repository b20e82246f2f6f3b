import static dev.channels.Go.go;

import dev.channels.Channel;
import dev.channels.ReceiveChannel;
import dev.channels.exercises.warmups.FanInApi;
import dev.channels.sync.WaitGroup;
import java.util.List;

/** Fan-in: every value of every input on one channel, closed when all inputs are. */
public class FanIn implements FanInApi {
    @Override
    public ReceiveChannel<Integer> merge(List<ReceiveChannel<Integer>> inputs) {
        Channel<Integer> merged = Channel.make();
        var wg = new WaitGroup();
        for (ReceiveChannel<Integer> input : inputs) {
            wg.add(1);
            go(() -> {
                try {
                    for (int v : input) {
                        merged.send(v);
                    }
                } finally {
                    wg.done();
                }
            });
        }
        go(() -> {
            wg.await();
            merged.close();
        });
        return merged;
    }
}
