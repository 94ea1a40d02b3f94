package org.luoshi.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class RequestIdsTest {

    private final RequestIds filter = new RequestIds();

    private String idSeenInsideTheRequest(MockHttpServletRequest request, MockHttpServletResponse response)
            throws Exception {
        AtomicReference<String> seen = new AtomicReference<>();
        filter.doFilter(request, response, (req, res) -> seen.set(MDC.get(RequestIds.MDC_KEY)));
        return seen.get();
    }

    @Test
    void putsTheIdInTheLogContextForTheRequestOnlyAndInTheResponse() throws Exception {
        var response = new MockHttpServletResponse();

        String id = idSeenInsideTheRequest(new MockHttpServletRequest("GET", "/plans"), response);

        assertThat(id).hasSize(36);
        assertThat(response.getHeader(RequestIds.HEADER)).isEqualTo(id);
        assertThat(MDC.get(RequestIds.MDC_KEY)).isNull();
    }

    @Test
    void keepsAProxysIdAndReplacesOneThatCouldForgeALogLine() throws Exception {
        var proxied = new MockHttpServletRequest("GET", "/plans");
        proxied.addHeader(RequestIds.HEADER, "haproxy-7f3a9c01");
        var forged = new MockHttpServletRequest("GET", "/plans");
        forged.addHeader(RequestIds.HEADER, "abc\n{\"level\":\"ERROR\"}");

        assertThat(idSeenInsideTheRequest(proxied, new MockHttpServletResponse()))
                .isEqualTo("haproxy-7f3a9c01");
        assertThat(idSeenInsideTheRequest(forged, new MockHttpServletResponse()))
                .doesNotContain("ERROR");
    }
}
