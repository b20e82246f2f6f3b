import dev.channels.ReceiveChannel;
import dev.channels.exercises.warmups.DrainApi;
import java.util.ArrayList;
import java.util.List;

/** Reads a channel until it is closed. */
public class Drain implements DrainApi {
    @Override
    public List<Integer> drain(ReceiveChannel<Integer> ch) {
        List<Integer> values = new ArrayList<>();
        // TODO: the length says what is buffered now, not what will come before the close.
        while (ch.length() > 0) {
            values.add(ch.receive());
        }
        return values;
    }
}
