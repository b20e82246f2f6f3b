// Lesson 06: Select & Multiplexing, Non-Blocking Operations (send).
// Source: "Concurrency Patterns", the Go lesson in shared/lesson/concurrency-patterns.md.
// The lines between "region lesson" markers are the lesson's, verbatim; the rest makes
// them a complete program. Go 1.19 or newer.
package main

import "fmt"

func main() {
	ch := make(chan int, 1)
	for value := 1; value <= 3; value++ {
		// region lesson
		// Try to send, but don't block
		select {
		case ch <- value:
			fmt.Println("sent")
		default:
			fmt.Println("channel full, dropping")
		}
		// endregion lesson
	}
}
