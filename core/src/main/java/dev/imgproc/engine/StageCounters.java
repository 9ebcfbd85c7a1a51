package dev.imgproc.engine;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/** Live counts of jobs in each stage. */
final class StageCounters {
    final AtomicInteger waiting = new AtomicInteger();
    final AtomicInteger decoding = new AtomicInteger();
    final AtomicInteger filtering = new AtomicInteger();
    final AtomicInteger encoding = new AtomicInteger();
    final AtomicLong completed = new AtomicLong();
    final AtomicLong failed = new AtomicLong();

    EngineStats snapshot() {
        return new EngineStats(waiting.get(), decoding.get(), filtering.get(), encoding.get(), completed.get(),
                failed.get());
    }
}
