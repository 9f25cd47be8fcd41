package io.baton.instrumentation.withspan;

import io.opentelemetry.instrumentation.annotations.SpanAttribute;
import io.opentelemetry.instrumentation.annotations.WithSpan;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads an annotated method's {@link SpanTemplate} once, on its first call, and keeps it with the
 * class (a {@link ClassValue}: nothing here keeps an application class loader alive).
 */
final class SpanTemplates {

  private static final ClassValue<Map<String, SpanTemplate>> BY_CLASS = new ClassValue<Map<String, SpanTemplate>>() {
    @Override
    protected Map<String, SpanTemplate> computeValue(Class<?> type) {
      return new ConcurrentHashMap<>();
    }
  };

  private SpanTemplates() {}

  /** The template of {@code type}'s method with this name and descriptor, or null if not annotated. */
  static SpanTemplate of(Class<?> type, String nameAndDescriptor) {
    Map<String, SpanTemplate> templates = BY_CLASS.get(type);
    SpanTemplate template = templates.get(nameAndDescriptor);
    if (template == null) {
      template = read(type, nameAndDescriptor);
      if (template == null) {
        return null;
      }
      templates.put(nameAndDescriptor, template);
    }
    return template;
  }

  private static SpanTemplate read(Class<?> type, String nameAndDescriptor) {
    for (Method method : type.getDeclaredMethods()) {
      if (nameAndDescriptor.equals(method.getName() + Descriptors.of(method))) {
        WithSpan withSpan = method.getAnnotation(WithSpan.class);
        return withSpan == null ? null : template(type, method, withSpan);
      }
    }
    return null;
  }

  private static SpanTemplate template(Class<?> type, Method method, WithSpan withSpan) {
    String name = withSpan.value().isEmpty() ? defaultName(type, method) : withSpan.value();
    return new SpanTemplate(name, withSpan.kind().name(), inheritsContext(withSpan), attributeNames(method));
  }

  /** {@code inheritContext} exists in newer annotations only; absent means true. */
  private static boolean inheritsContext(WithSpan withSpan) {
    try {
      return !Boolean.FALSE.equals(WithSpan.class.getMethod("inheritContext").invoke(withSpan));
    } catch (ReflectiveOperationException | RuntimeException olderAnnotation) {
      return true;
    }
  }

  /** {@code Class.method}, as the OpenTelemetry agent names them; anonymous classes keep their binary name. */
  private static String defaultName(Class<?> type, Method method) {
    String simple = type.getSimpleName();
    if (simple.isEmpty()) {
      String binary = type.getName();
      simple = binary.substring(binary.lastIndexOf('.') + 1);
    }
    return simple + "." + method.getName();
  }

  private static String[] attributeNames(Method method) {
    Annotation[][] annotations = method.getParameterAnnotations();
    Parameter[] parameters = method.getParameters();
    String[] names = null;
    for (int i = 0; i < annotations.length; i++) {
      for (Annotation annotation : annotations[i]) {
        if (annotation instanceof SpanAttribute) {
          String name = attributeName((SpanAttribute) annotation, parameters[i]);
          if (name != null) {
            names = names == null ? new String[annotations.length] : names;
            names[i] = name;
          }
        }
      }
    }
    return names;
  }

  /** The annotation's value, else the parameter's name if compiled with {@code -parameters}, else none. */
  private static String attributeName(SpanAttribute attribute, Parameter parameter) {
    if (!attribute.value().isEmpty()) {
      return attribute.value();
    }
    return parameter.isNamePresent() ? parameter.getName() : null;
  }
}
