// Memory figures for Go, the same ones dev.channels.bench.MemoryRun prints for channels: bytes
// retained per empty channel (unbuffered, buffered 100), per buffered element, per goroutine
// parked on its own channel, and the time and memory to start and release 1,000,000 of them.
// Prints "figure<TAB>value<TAB>unit" lines. Memory is heap in use plus goroutine stacks in use
// (a goroutine's stack is not heap in Go; a virtual thread's is), after a GC.
//
//	go run ./memory [scale]
package main

import (
	"fmt"
	"os"
	"runtime"
	"strconv"
	"sync"
	"sync/atomic"
	"time"
)

func inUse() uint64 {
	runtime.GC()
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.HeapAlloc + m.StackInuse
}

func line(figure string, value float64, unit string) {
	fmt.Printf("%s\t%.0f\t%s\n", figure, value, unit)
}

func retainedEach(count int, newValue func() any) float64 {
	keep := make([]any, count)
	before := inUse()
	for i := range keep {
		keep[i] = newValue()
	}
	after := inUse()
	runtime.KeepAlive(keep)
	return float64(after-before) / float64(count)
}

func bufferedElement(count int) float64 {
	ch := make(chan int, count)
	empty := inUse()
	for i := 0; i < count; i++ {
		ch <- 7
	}
	full := inUse()
	runtime.KeepAlive(ch)
	return float64(full-empty) / float64(count)
}

func parkAll(n int) ([]chan struct{}, *sync.WaitGroup) {
	channels := make([]chan struct{}, n)
	var wg sync.WaitGroup
	var parked atomic.Int64
	for i := range channels {
		ch := make(chan struct{})
		channels[i] = ch
		wg.Add(1)
		go func() {
			defer wg.Done()
			parked.Add(1)
			<-ch
		}()
	}
	for parked.Load() < int64(n) {
		runtime.Gosched()
	}
	return channels, &wg
}

func releaseAll(channels []chan struct{}, wg *sync.WaitGroup) {
	for _, ch := range channels {
		ch <- struct{}{}
	}
	wg.Wait()
}

func main() {
	scale := 1
	if len(os.Args) > 1 {
		scale, _ = strconv.Atoi(os.Args[1])
	}
	count := 100000 / scale
	line("empty unbuffered channel", retainedEach(count, func() any { return make(chan int) }), "bytes")
	line("empty channel, buffer 100", retainedEach(count, func() any { return make(chan int, 100) }), "bytes")
	line("buffered element (slot, value shared)", bufferedElement(count), "bytes")

	before := inUse()
	channels, wg := parkAll(count)
	parked := inUse()
	releaseAll(channels, wg)
	line("goroutine parked on its own channel", float64(parked-before)/float64(count), "bytes")

	n := 1000000 / scale
	what := fmt.Sprintf("%s goroutines", commas(n))
	before = inUse()
	start := time.Now()
	channels, wg = parkAll(n)
	started := time.Since(start)
	heap := inUse() - before
	releaseStart := time.Now()
	releaseAll(channels, wg)
	released := time.Since(releaseStart)
	line(what+": start, each parked on its own channel", float64(started)/1e6, "ms")
	line(what+": heap while parked", float64(heap)/(1024*1024), "MiB")
	line(what+": release and join", float64(released)/1e6, "ms")
}

func commas(n int) string {
	s := strconv.Itoa(n)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}
