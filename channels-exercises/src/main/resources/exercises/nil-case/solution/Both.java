import static dev.channels.Select.onReceiveOk;
import static dev.channels.Select.select;

import dev.channels.Channel;
import dev.channels.ReceiveChannel;
import dev.channels.exercises.warmups.NilCaseApi;
import java.util.ArrayList;
import java.util.List;

/** Every value of two channels, until both are closed. */
public class Both implements NilCaseApi {
    @Override
    public List<Integer> both(ReceiveChannel<Integer> a, ReceiveChannel<Integer> b) {
        List<Integer> values = new ArrayList<>();
        List<ReceiveChannel<Integer>> open = new ArrayList<>(List.of(a, b));
        while (open.stream().anyMatch(c -> c != Channel.<Integer>nil())) {
            int[] closed = {-1};
            select(onReceiveOk(open.get(0), (v, ok) -> { if (ok) values.add(v); else closed[0] = 0; }),
                   onReceiveOk(open.get(1), (v, ok) -> { if (ok) values.add(v); else closed[0] = 1; }));
            if (closed[0] >= 0) {
                open.set(closed[0], Channel.nil()); // a nil channel's case never fires again
            }
        }
        return values;
    }
}
