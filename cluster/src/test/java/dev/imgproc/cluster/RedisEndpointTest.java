package dev.imgproc.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RedisEndpointTest {
    @Test
    void aPlainUrlGetsTheDefaultPortAndNoLogin() {
        RedisEndpoint endpoint = RedisEndpoint.parse("redis://queue-host");

        assertThat(endpoint).isEqualTo(new RedisEndpoint("queue-host", 6379, null, null, false, 0));
    }

    @Test
    void tlsUserPasswordAndDatabaseComeFromTheUrl() {
        RedisEndpoint endpoint = RedisEndpoint.parse("rediss://imgproc:p%40ss@queue-host:6380/2");

        assertThat(endpoint).isEqualTo(new RedisEndpoint("queue-host", 6380, "imgproc", "p@ss", true, 2));
        assertThat(endpoint.display()).isEqualTo("rediss://imgproc:***@queue-host:6380/2");
    }

    @Test
    void aPasswordAloneLogsInAsTheDefaultUser() {
        RedisEndpoint endpoint = RedisEndpoint.parse("redis://:secret@queue-host:6379");

        assertThat(endpoint.user()).isNull();
        assertThat(endpoint.password()).isEqualTo("secret");
        assertThat(endpoint.display()).isEqualTo("redis://:***@queue-host:6379");
    }

    @Test
    void otherSchemesAndMissingHostsAreRefusedWithAnExample() {
        assertThatThrownBy(() -> RedisEndpoint.parse("http://queue-host:6379"))
                .hasMessageContaining("expected a redis:// or rediss:// URL (e.g. redis://queue-host:6379)");
        assertThatThrownBy(() -> RedisEndpoint.parse("redis://:6379")).hasMessageContaining("no host");
    }
}
