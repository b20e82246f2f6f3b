// Lesson 11: Context, Graceful Shutdown.
// Source: "Concurrency Patterns", the Go lesson in shared/lesson/concurrency-patterns.md.
// The lines between "region" markers are the lesson's, verbatim; the rest makes
// them a complete program. Go 1.19 or newer.
//
// The server listens on 127.0.0.1:8080 (the lesson's ":8080", kept off other interfaces). Run
// with "serve" it waits for a real SIGINT or SIGTERM; run without arguments, it demonstrates
// itself: a client starts a slow request, and once the request is in flight the program sends
// itself SIGTERM. The in-flight request finishes before the program exits 0.
package main

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"
)

var requestStarted = make(chan struct{}, 1)

func init() {
	http.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) {
		fmt.Println("handling /slow")
		requestStarted <- struct{}{}
		time.Sleep(500 * time.Millisecond) // work that must not be cut off
		fmt.Println("finished /slow")
		io.WriteString(w, "done\n")
	})
	if len(os.Args) < 2 || os.Args[1] != "serve" {
		go demonstrate()
	}
}

// demonstrate sends a slow request, then SIGTERM to this process while the request is in flight.
func demonstrate() {
	go func() {
		for {
			resp, err := http.Get("http://127.0.0.1:8080/slow")
			if err == nil {
				resp.Body.Close()
				return
			}
			time.Sleep(10 * time.Millisecond) // the server is not listening yet
		}
	}()
	<-requestStarted
	syscall.Kill(os.Getpid(), syscall.SIGTERM)
}

func main() {
	// region lesson
	// Create context that cancels on SIGINT/SIGTERM
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()

	// Start server
	srv := &http.Server{Addr: "127.0.0.1:8080"}
	go srv.ListenAndServe()

	// Wait for signal
	<-ctx.Done()
	fmt.Println("shutting down...")

	// Give in-flight requests 10 seconds to finish
	shutdownCtx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	srv.Shutdown(shutdownCtx)
	// endregion lesson
}
