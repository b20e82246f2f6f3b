// Lesson 01: Fan-Out / Fan-In.
// Source: "Concurrency Patterns", the Go lesson in shared/lesson/concurrency-patterns.md.
// The lines between "region" markers are the lesson's, verbatim; the rest makes
// them a complete program. Go 1.19 or newer.
package main

import (
	"fmt"
	"strings"
	"sync"
)

// Result is what process makes of one item: a server's health.
type Result struct {
	Item   string
	Status string
}

func (r Result) String() string { return r.Item + ": " + r.Status }

func process(item string) Result {
	if strings.HasPrefix(item, "db") {
		return Result{item, "degraded"}
	}
	return Result{item, "ok"}
}

// region lesson
// Fan-out: launch N workers reading from the same input channel
func fanOut(input <-chan string, workers int) []<-chan Result {
	channels := make([]<-chan Result, workers)
	for i := 0; i < workers; i++ {
		channels[i] = worker(input)
	}
	return channels
}

func worker(input <-chan string) <-chan Result {
	out := make(chan Result)
	go func() {
		defer close(out)
		for item := range input {
			out <- process(item)
		}
	}()
	return out
}

// Fan-in: merge multiple result channels into one
func fanIn(channels ...<-chan Result) <-chan Result {
	var wg sync.WaitGroup
	merged := make(chan Result)

	for _, ch := range channels {
		wg.Add(1)
		go func(c <-chan Result) {
			defer wg.Done()
			for val := range c {
				merged <- val
			}
		}(ch)
	}

	go func() {
		wg.Wait()
		close(merged)
	}()
	return merged
}

// endregion lesson

func main() {
	input := make(chan string)
	go func() {
		defer close(input)
		for _, server := range []string{"db-1", "db-2", "cache-1", "queue-1", "api-1", "api-2"} {
			input <- server
		}
	}()
	for r := range fanIn(fanOut(input, 3)...) {
		fmt.Println(r)
	}
}
