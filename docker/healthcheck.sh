#!/bin/sh
# Container health check of `imgproc worker`: healthy while its heartbeat reaches Redis. The worker touches
# $IMGPROC_HEALTH_FILE after each heartbeat Redis accepted (every 5 s by default); a file older than
# $IMGPROC_HEALTH_MAX_AGE seconds (default 30) means the worker is stuck or cut off from Redis.
file=${IMGPROC_HEALTH_FILE:-/tmp/imgproc-worker.health}
max_age=${IMGPROC_HEALTH_MAX_AGE:-30}
[ -f "$file" ] || { echo "no heartbeat yet ($file missing)"; exit 1; }
age=$(( $(date +%s) - $(stat -c %Y "$file") ))
if [ "$age" -ge "$max_age" ]; then
  echo "last heartbeat ${age}s ago"
  exit 1
fi
echo "heartbeat ${age}s ago"
