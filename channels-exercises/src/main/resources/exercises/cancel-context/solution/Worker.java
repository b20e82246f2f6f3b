import static dev.channels.Select.onReceive;
import static dev.channels.Select.onReceiveOk;
import static dev.channels.Select.select;

import dev.channels.ReceiveChannel;
import dev.channels.context.Context;
import dev.channels.exercises.warmups.CancelApi;

/** Handles jobs until there are none left, or the context is done. */
public class Worker implements CancelApi {
    @Override
    public int work(Context ctx, ReceiveChannel<Integer> jobs) {
        int[] handled = {0};
        boolean[] more = {true};
        while (more[0]) {
            select(onReceive(ctx.done(), closed -> more[0] = false),
                   onReceiveOk(jobs, (job, ok) -> {
                       if (ok) {
                           handled[0]++;
                       } else {
                           more[0] = false;
                       }
                   }));
        }
        return handled[0];
    }
}
