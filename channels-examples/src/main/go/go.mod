module dev.channels/lessons

go 1.19
