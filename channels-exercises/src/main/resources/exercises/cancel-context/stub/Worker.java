import dev.channels.ReceiveChannel;
import dev.channels.context.Context;
import dev.channels.exercises.warmups.CancelApi;

/** Handles jobs until there are none left, or the context is done. */
public class Worker implements CancelApi {
    @Override
    public int work(Context ctx, ReceiveChannel<Integer> jobs) {
        int handled = 0;
        for (int job : jobs) { // TODO: this ignores ctx: a cancelled worker keeps waiting for jobs.
            handled++;
        }
        return handled;
    }
}
