// Lesson 13: Rate Limiting, Token Bucket (More Flexible).
// Source: "Concurrency Patterns", the Go lesson in shared/lesson/concurrency-patterns.md.
// The lines between "region lesson" markers are the lesson's, verbatim; the rest makes
// them a complete program. Go 1.19 or newer.
package main

import (
	"context"
	"fmt"
	"time"
)

// region lesson
// Allow bursts but maintain average rate
type RateLimiter struct {
	tokens chan struct{}
}

func NewRateLimiter(rate int, interval time.Duration) *RateLimiter {
	rl := &RateLimiter{
		tokens: make(chan struct{}, rate),
	}
	// Fill tokens at the specified rate
	go func() {
		ticker := time.NewTicker(interval / time.Duration(rate))
		defer ticker.Stop()
		for range ticker.C {
			select {
			case rl.tokens <- struct{}{}:
			default: // bucket full, discard
			}
		}
	}()
	return rl
}

func (rl *RateLimiter) Wait(ctx context.Context) error {
	select {
	case <-rl.tokens:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// endregion lesson

func main() {
	start := time.Now()
	rl := NewRateLimiter(5, time.Second) // 5 per second: a token every 200ms
	ctx, cancel := context.WithTimeout(context.Background(), 1100*time.Millisecond)
	defer cancel()
	for i := 1; ; i++ {
		if err := rl.Wait(ctx); err != nil {
			fmt.Println("stopped:", err)
			break
		}
		fmt.Printf("request %d at %dms\n", i, time.Since(start).Milliseconds()/100*100)
	}
}
