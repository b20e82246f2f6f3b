package dev.channels.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.channels.Channel;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The goroutine dump's header and subject lines, in Go's format. */
class DiagnosticsTest {

    /** Go's header: number, wait reason, and minutes once a goroutine has waited a minute or more. */
    @Test
    void headerFollowsGo() {
        Thread t = Thread.ofVirtual().name("goroutine-7").unstarted(() -> { });
        long now = System.nanoTime();
        assertEquals("goroutine 7 [chan receive]:",
                Diagnostics.header(t, new Waiter(Waiter.Operation.RECEIVE, null, now - Duration.ofSeconds(59).toNanos())));
        assertEquals("goroutine 7 [chan receive, 1 minute]:",
                Diagnostics.header(t, new Waiter(Waiter.Operation.RECEIVE, null, now - Duration.ofSeconds(61).toNanos())));
        assertEquals("goroutine 7 [select, 2 minutes]:",
                Diagnostics.header(t, new Waiter(Waiter.Operation.SELECT, null, now - Duration.ofMinutes(2).toNanos())));
        assertEquals("goroutine 7 [sync.WaitGroup.Wait]:", Diagnostics.header(t, new Waiter(Waiter.Operation.WAITGROUP_WAIT, null, now)));
        Thread main = Thread.ofPlatform().name("main").unstarted(() -> { });
        assertEquals("thread \"main\" [chan send (nil chan)]:", Diagnostics.header(main, new Waiter(Waiter.Operation.SEND_NIL, null, now)));
    }

    /** Subjects print as the channel's name, len and cap; a select's as all of its channels. */
    @Test
    void subjectsNameTheirChannels() {
        Channel<Integer> jobs = Channel.<Integer>make(100).named("jobs");
        jobs.send(1);
        Channel<Integer> anonymous = Channel.make();
        anonymous.close();
        assertEquals("chan \"jobs\" (len 1, cap 100)", Diagnostics.describeSubject(jobs));
        assertEquals("chan \"jobs\" (len 1, cap 100), chan (len 0, cap 0, closed)", Diagnostics.describeSubject(new Object[] {jobs, anonymous}));
        assertEquals("nil chan", Diagnostics.describeSubject(Channel.nil()));
    }
}
