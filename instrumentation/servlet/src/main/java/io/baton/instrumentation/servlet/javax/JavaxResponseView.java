package io.baton.instrumentation.servlet.javax;

import io.baton.instrumentation.servlet.HttpResponseView;
import java.util.Collection;
import java.util.Collections;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletResponse;

/** {@link HttpResponseView} over a {@code javax.servlet} response. */
final class JavaxResponseView implements HttpResponseView {

  private final ServletResponse response;

  JavaxResponseView(ServletResponse response) {
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
