/**
 * Cluster mode: a Redis Streams job queue between the {@code imgproc} command and any number of workers that run
 * jobs through the same {@link dev.imgproc.engine.Engine} as local mode.
 *
 * <p>This package holds what both sides share: the Redis connection ({@link dev.imgproc.cluster.RedisEndpoint},
 * {@link dev.imgproc.cluster.Redis}), key names ({@link dev.imgproc.cluster.Keys}), the Lua scripts that make each
 * state change atomic ({@link dev.imgproc.cluster.Scripts}) and the messages ({@link dev.imgproc.cluster.JobMessage},
 * {@link dev.imgproc.cluster.ResultMessage}). Delivery is at least once; outputs are single because results are
 * recorded first-writer-wins per job and written by the client with an atomic rename.
 */
package dev.imgproc.cluster;
