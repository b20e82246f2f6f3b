package dev.channels.runtime;

import static dev.channels.Go.go;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.channels.Blocking;
import dev.channels.Channel;
import dev.channels.sync.WaitGroup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The dump of live goroutines: Go's header, the channel waited on, then the Java stack. */
@Timeout(10)
class GoroutineDumpTest {

    /** Each live goroutine appears with what it is blocked in, on which channel, and its stack. */
    @Test
    void dumpShowsWhatEachGoroutineWaitsOn() {
        Channel<String> jobs = Channel.<String>make().named("jobs");
        var wg = new WaitGroup();
        wg.add(1);
        Thread receiver = go(jobs::receive);
        Thread waiter = go(wg::await);
        Blocking.awaitBlocked(receiver);
        Blocking.awaitBlocked(waiter);
        String dump = GoroutineDump.all();
        String receiverNumber = receiver.getName().substring("goroutine-".length());
        assertTrue(dump.contains("goroutine " + receiverNumber + " [chan receive]:\n    on chan \"jobs\" (len 0, cap 0)\n    at "), dump);
        assertTrue(dump.contains("[sync.WaitGroup.Wait]:"), dump);
        assertTrue(dump.contains("at dev.channels.internal.ChannelCore.receive"), dump);
        assertTrue(GoroutineDump.goroutines().contains(receiver));
        jobs.send("done");
        wg.done();
    }
}
