# imgproc in a container: `worker` by default; any other imgproc command works too.
#   docker build -t imgproc:local .
#   docker run --rm imgproc:local --version
# See docs/DEPLOYMENT.md for compose, scaling and health checks.

# --- build: the Maven wrapper on a JDK 25 ---
FROM eclipse-temurin:25-jdk AS build
WORKDIR /src
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
COPY core/pom.xml core/
COPY bench/pom.xml bench/
COPY cluster/pom.xml cluster/
COPY cli/pom.xml cli/
COPY core/src core/src
COPY bench/src bench/src
COPY cluster/src cluster/src
COPY cli/src cli/src
# The tests run in CI (they start redis-server and worker JVMs); the image build only packages.
RUN --mount=type=cache,target=/root/.m2 ./mvnw -B -q -ntp -DskipTests package

# --- run: a JRE 25, a non-root user ---
FROM eclipse-temurin:25-jre
# libjpeg-turbo for the native JPEG codec (Ubuntu calls the package libturbojpeg, Debian libturbojpeg0). Workers and
# the machines that submit to them should agree on it: downscaled JPEGs differ by a few levels without it.
RUN apt-get update \
    && (apt-get install -y --no-install-recommends libturbojpeg || apt-get install -y --no-install-recommends libturbojpeg0) \
    && rm -rf /var/lib/apt/lists/*
RUN groupadd --system --gid 10001 imgproc \
    && useradd --system --uid 10001 --gid imgproc --home-dir /app --shell /usr/sbin/nologin imgproc
WORKDIR /app
COPY --from=build /src/cli/target/imgproc.jar /app/imgproc.jar
COPY --from=build /src/cli/target/lib/ /app/lib/
COPY docker/healthcheck.sh /app/healthcheck.sh
USER imgproc
# The worker touches this file after every heartbeat Redis accepted; the health check reads its age.
ENV IMGPROC_HEALTH_FILE=/tmp/imgproc-worker.health
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=3 CMD ["/app/healthcheck.sh"]
# JVM options here rather than in JAVA_TOOL_OPTIONS, which the JVM echoes to stderr at every start. The G1 settings
# are ./imgproc's (scripts/lib/jvm.sh): the live data is a few pooled pixel arrays, so keep little free heap.
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-XX:MinHeapFreeRatio=10", "-XX:MaxHeapFreeRatio=30", \
            "-XX:GCTimeRatio=4", "-Djava.awt.headless=true", "-jar", "/app/imgproc.jar"]
CMD ["worker"]
