// Lesson 12: Rate Limiting, time.Ticker.
// Source: "Concurrency Patterns", the Go lesson in shared/lesson/concurrency-patterns.md.
// The lines between "region lesson" markers are the lesson's, verbatim; the rest makes
// them a complete program. Go 1.19 or newer.
package main

import (
	"fmt"
	"sync"
	"time"
)

var (
	start = time.Now()
	wg    sync.WaitGroup
)

func process(item string) {
	defer wg.Done()
	fmt.Printf("%s at %dms\n", item, time.Since(start).Milliseconds()/100*100)
}

func main() {
	items := []string{"a", "b", "c", "d", "e"}
	wg.Add(len(items))
	// region lesson
	// Process at most 10 items per second
	limiter := time.NewTicker(100 * time.Millisecond) // 1 tick per 100ms = 10/sec
	defer limiter.Stop()

	for _, item := range items {
		<-limiter.C // wait for next tick
		go process(item)
	}
	// endregion lesson
	wg.Wait()
}
