// Lesson 05: Select & Multiplexing, Timeout.
// Source: "Concurrency Patterns", the Go lesson in shared/lesson/concurrency-patterns.md.
// The lines between "region lesson" markers are the lesson's, verbatim; the rest makes
// them a complete program. Go 1.19 or newer.
package main

import (
	"fmt"
	"time"
)

func main() {
	ch := make(chan string, 1) // buffered: the late sender can still finish
	go func() {
		time.Sleep(10 * time.Second) // the result comes too late
		ch <- "late"
	}()

	// region lesson
	select {
	case result := <-ch:
		fmt.Println("got result:", result)
	case <-time.After(5 * time.Second):
		fmt.Println("timed out")
	}
	// endregion lesson
}
