package io.baton.core.instrumentation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.matcher.ElementMatcher;
import net.bytebuddy.matcher.ElementMatchers;

/**
 * A cheap over-approximation of a {@link TypeInstrumentation#typeMatcher()}, tested on the raw
 * class bytes before Byte Buddy sees a class: every class the matcher accepts must pass its hint.
 * Most of what an application loads passes no hint, and is then never parsed by Byte Buddy.
 *
 * <p>A hint passes a class whose name is one of {@link #named}, starts with one of
 * {@link #namePrefix} or contains one of {@link #nameContaining}, that has a supertype (class or
 * interface, at any depth) named in {@link #subTypeOf}, or whose constant pool mentions a class of
 * {@link #referencing} (an annotation on one of its methods, say). Names are binary names
 * ({@code a.b.Outer$Inner}). {@link #whenMentioning} narrows the supertype test to classes whose
 * class file holds a given text, such as the descriptor of a method the advice needs.
 */
public final class TypeHint {

  /** Passes everything: the default of instrumentations that state no hint. */
  public static final TypeHint ANY_TYPE =
      new TypeHint(true, List.of(), List.of(), List.of(), List.of(), List.of(), List.of());

  final boolean anyType;
  final List<String> names;
  final List<String> namePrefixes;
  final List<String> nameParts;
  final List<String> superTypes;
  final List<String> referencedTypes;
  /** Empty: every class gets the supertype test; otherwise only classes whose bytes hold one of these. */
  final List<String> superTypeMentions;

  private TypeHint(boolean anyType, List<String> names, List<String> namePrefixes, List<String> nameParts,
      List<String> superTypes, List<String> referencedTypes, List<String> superTypeMentions) {
    this.anyType = anyType;
    this.names = names;
    this.namePrefixes = namePrefixes;
    this.nameParts = nameParts;
    this.superTypes = superTypes;
    this.referencedTypes = referencedTypes;
    this.superTypeMentions = superTypeMentions;
  }

  public static TypeHint named(String... names) {
    return new TypeHint(false, List.of(names), List.of(), List.of(), List.of(), List.of(), List.of());
  }

  public static TypeHint namePrefix(String... prefixes) {
    return new TypeHint(false, List.of(), List.of(prefixes), List.of(), List.of(), List.of(), List.of());
  }

  public static TypeHint nameContaining(String... parts) {
    return new TypeHint(false, List.of(), List.of(), List.of(parts), List.of(), List.of(), List.of());
  }

  public static TypeHint subTypeOf(String... superTypes) {
    return new TypeHint(false, List.of(), List.of(), List.of(), List.of(superTypes), List.of(), List.of());
  }

  public static TypeHint referencing(String... types) {
    return new TypeHint(false, List.of(), List.of(), List.of(), List.of(), List.of(types), List.of());
  }

  /**
   * Gives the supertype test only to classes whose class file contains one of {@code texts}
   * (ASCII, as class and member names are in the constant pool). Finding a class's supertypes means
   * reading the headers of supertypes not loaded yet, for every class an application loads; a
   * class that cannot hold the method an advice weaves needs none of that. A text is typically
   * the descriptor, or its start, of a method the advice needs: a class declaring that method has
   * it among its constants.
   */
  public TypeHint whenMentioning(String... texts) {
    if (anyType || superTypes.isEmpty()) {
      throw new IllegalStateException("only narrows a hint by supertypes");
    }
    return new TypeHint(false, names, namePrefixes, nameParts, superTypes, referencedTypes, List.of(texts));
  }

  /** Passes what either hint passes. */
  public TypeHint or(TypeHint other) {
    if (anyType || other.anyType) {
      return ANY_TYPE;
    }
    // one supertype test for both: narrowed only if neither side tests every class
    List<String> mentions = testsEveryClass() || other.testsEveryClass()
        ? List.of()
        : join(superTypeMentions, other.superTypeMentions);
    return new TypeHint(false, join(names, other.names), join(namePrefixes, other.namePrefixes),
        join(nameParts, other.nameParts), join(superTypes, other.superTypes),
        join(referencedTypes, other.referencedTypes), mentions);
  }

  private boolean testsEveryClass() {
    return !superTypes.isEmpty() && superTypeMentions.isEmpty();
  }

  /**
   * The Byte Buddy matcher of a hint made of names, prefixes and name parts only: for the many
   * instrumentations that match by name, so the names are written once.
   *
   * @throws IllegalStateException for a hint that also needs supertypes or references, which
   *     says nothing about what the matcher must check beyond it
   */
  public ElementMatcher.Junction<TypeDescription> nameMatcher() {
    if (anyType || !superTypes.isEmpty() || !referencedTypes.isEmpty()) {
      throw new IllegalStateException("not a hint by name only: give the instrumentation its own typeMatcher()");
    }
    ElementMatcher.Junction<TypeDescription> matcher = NamePatterns.matcher(namePrefixes, nameParts);
    for (String name : names) {
      matcher = matcher.or(ElementMatchers.named(name));
    }
    return matcher;
  }

  boolean passesName(String name) {
    return anyType || names.contains(name) || NamePatterns.matches(name, namePrefixes, nameParts);
  }

  private static List<String> join(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    for (String s : b) {
      if (!all.contains(s)) {
        all.add(s);
      }
    }
    return Collections.unmodifiableList(all);
  }
}
