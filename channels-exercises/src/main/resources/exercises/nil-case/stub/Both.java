import static dev.channels.Select.onReceiveOk;
import static dev.channels.Select.select;

import dev.channels.ReceiveChannel;
import dev.channels.exercises.warmups.NilCaseApi;
import java.util.ArrayList;
import java.util.List;

/** Every value of two channels, until both are closed. */
public class Both implements NilCaseApi {
    @Override
    public List<Integer> both(ReceiveChannel<Integer> a, ReceiveChannel<Integer> b) {
        List<Integer> values = new ArrayList<>();
        boolean[] closed = {false};
        while (!closed[0]) {
            // TODO: the first close ends the loop, and the other channel's values are lost.
            // Switch a closed channel's case off with Channel.nil() and stop when both are closed.
            select(onReceiveOk(a, (v, ok) -> { if (ok) values.add(v); else closed[0] = true; }),
                   onReceiveOk(b, (v, ok) -> { if (ok) values.add(v); else closed[0] = true; }));
        }
        return values;
    }
}
