import dev.channels.ReceiveChannel;
import dev.channels.exercises.warmups.DrainApi;
import java.util.ArrayList;
import java.util.List;

/** Reads a channel until it is closed. */
public class Drain implements DrainApi {
    @Override
    public List<Integer> drain(ReceiveChannel<Integer> ch) {
        List<Integer> values = new ArrayList<>();
        for (int v : ch) { // for v := range ch
            values.add(v);
        }
        return values;
    }
}
