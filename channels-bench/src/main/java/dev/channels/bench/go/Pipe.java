package dev.channels.bench.go;

import dev.channels.Channel;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedTransferQueue;
import java.util.concurrent.SynchronousQueue;

/**
 * One send/receive pair, so that a Go shape can run over a channel or over a JDK queue: the
 * baselines of the same benchmark. Values are ints, as in Go's {@code chan int}.
 */
public interface Pipe {
    void send(Integer v) throws InterruptedException;

    Integer receive() throws InterruptedException;

    /** What a Go benchmark runs over: {@code make(chan int, size)}. */
    static Pipe channel(int size) {
        Channel<Integer> ch = Channel.make(size);
        return new Pipe() {
            @Override
            public void send(Integer v) {
                ch.send(v);
            }

            @Override
            public Integer receive() {
                return ch.receive();
            }
        };
    }

    /** The JDK baseline for an unbuffered channel. */
    static Pipe synchronousQueue() {
        return queue(new SynchronousQueue<>());
    }

    /** The JDK baseline for a buffered channel: a bounded array queue. */
    static Pipe arrayBlockingQueue(int size) {
        return queue(new ArrayBlockingQueue<>(size));
    }

    /** The JDK baseline for a buffered channel: the unbounded transfer queue (never blocks a sender). */
    static Pipe linkedTransferQueue() {
        return queue(new LinkedTransferQueue<>());
    }

    private static Pipe queue(BlockingQueue<Integer> q) {
        return new Pipe() {
            @Override
            public void send(Integer v) throws InterruptedException {
                q.put(v);
            }

            @Override
            public Integer receive() throws InterruptedException {
                return q.take();
            }
        };
    }
}
