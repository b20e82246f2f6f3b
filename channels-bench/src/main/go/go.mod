module dev.channels/bench

go 1.19
