package io.baton.instrumentation.servlet.jakarta;

import io.baton.instrumentation.servlet.HttpResponseView;
import java.util.Collection;
import java.util.Collections;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;

/** {@link HttpResponseView} over a {@code jakarta.servlet} response. */
final class JakartaResponseView implements HttpResponseView {

  private final ServletResponse response;

  JakartaResponseView(ServletResponse response) {
    this.response = response;
  }

  @Override
  public int status() {
    return response instanceof HttpServletResponse ? ((HttpServletResponse) response).getStatus() : 0;
  }

  @Override
  public boolean isCommitted() {
    return response.isCommitted();
  }

  @Override
  public Collection<String> headers(String name) {
    if (response instanceof HttpServletResponse) {
      Collection<String> values = ((HttpServletResponse) response).getHeaders(name);
      return values == null ? Collections.<String>emptyList() : values;
    }
    return Collections.emptyList();
  }
}
