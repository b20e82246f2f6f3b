// Lesson 09: Context, Creating Contexts.
// Source: "Concurrency Patterns", the Go lesson in shared/lesson/concurrency-patterns.md.
// The lines between "region lesson" markers are the lesson's, verbatim; the rest makes
// them a complete program. Go 1.19 or newer.
package main

import (
	"context"
	"fmt"
	"time"
)

func background() {
	// region background
	// Root context — start here
	ctx := context.Background()
	// endregion background
	fmt.Println(ctx, ctx.Err())
}

func withTimeout() {
	// region timeout
	// With timeout — auto-cancels after duration
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel() // always defer cancel to release resources
	// endregion timeout
	<-ctx.Done()
	fmt.Println("after 30s:", ctx.Err())
}

func withCancel() {
	// region cancel
	// With manual cancellation
	ctx, cancel := context.WithCancel(context.Background())
	// call cancel() when you want to stop everything
	// endregion cancel
	fmt.Println("before cancel:", ctx.Err())
	cancel()
	fmt.Println("after cancel:", ctx.Err())
}

func main() {
	background()
	withTimeout()
	withCancel()
}
