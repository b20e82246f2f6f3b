package dev.channels.javadoc;

import com.sun.source.doctree.BlockTagTree;
import com.sun.source.doctree.DocCommentTree;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import jdk.javadoc.doclet.Doclet;
import jdk.javadoc.doclet.DocletEnvironment;
import jdk.javadoc.doclet.Reporter;

/**
 * A doclet that writes nothing: it lists every public type, constructor and method of the
 * documented sources whose doc comment lacks a {@code @go} tag (the Go equivalent line). Methods
 * without a doc comment that override a documented one inherit its text and are not listed, nor
 * are members the compiler made (a record's accessors, an enum's {@code values}, a default
 * constructor): they have no source of their own.
 */
public final class GoTagDoclet implements Doclet {
    /** What the last run found: "dev.channels.Channel#send(T)" for each element lacking the tag. */
    static final List<String> MISSING = new ArrayList<>();

    @Override
    public void init(Locale locale, Reporter reporter) {}

    @Override
    public String getName() {
        return "GoTagDoclet";
    }

    @Override
    public Set<? extends Option> getSupportedOptions() {
        return Set.of();
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latest();
    }

    @Override
    public boolean run(DocletEnvironment environment) {
        MISSING.clear();
        Elements elements = environment.getElementUtils();
        for (TypeElement type : ElementFilter.typesIn(environment.getIncludedElements())) {
            if (!isPublic(type)) {
                continue;
            }
            check(environment, type, type.getQualifiedName().toString());
            for (Element member : type.getEnclosedElements()) {
                boolean executable = member.getKind() == ElementKind.METHOD || member.getKind() == ElementKind.CONSTRUCTOR;
                if (!executable || !isPublic(member) || environment.getDocTrees().getPath(member) == null
                        || elements.getOrigin(member) != Elements.Origin.EXPLICIT) {
                    continue; // not a public method, or one the compiler made (no source of its own)
                }
                boolean overrides = member.getKind() == ElementKind.METHOD && overridesSomething(elements, (ExecutableElement) member, type);
                if (overrides && environment.getDocTrees().getDocCommentTree(member) == null) {
                    continue; // inherits the overridden method's comment
                }
                check(environment, member, type.getQualifiedName() + "#" + member);
            }
        }
        return true;
    }

    private static boolean isPublic(Element element) {
        if (element.getModifiers().contains(Modifier.PUBLIC)) {
            return true;
        }
        // Members of a public interface are public without the keyword, unless private.
        Element enclosing = element.getEnclosingElement();
        return enclosing != null && enclosing.getKind() == ElementKind.INTERFACE
                && !element.getModifiers().contains(Modifier.PRIVATE) && isPublic(enclosing);
    }

    private static boolean overridesSomething(Elements elements, ExecutableElement method, TypeElement type) {
        for (TypeElement other : supertypes(elements, type)) {
            for (ExecutableElement candidate : ElementFilter.methodsIn(other.getEnclosedElements())) {
                if (elements.overrides(method, candidate, type)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<TypeElement> supertypes(Elements elements, TypeElement type) {
        List<TypeElement> all = new ArrayList<>();
        List<javax.lang.model.type.TypeMirror> pending = new ArrayList<>(type.getInterfaces());
        pending.add(type.getSuperclass());
        while (!pending.isEmpty()) {
            javax.lang.model.type.TypeMirror mirror = pending.remove(pending.size() - 1);
            if (mirror instanceof javax.lang.model.type.DeclaredType declared && declared.asElement() instanceof TypeElement element && !all.contains(element)) {
                all.add(element);
                pending.addAll(element.getInterfaces());
                pending.add(element.getSuperclass());
            }
        }
        all.add(elements.getTypeElement("java.lang.Object"));
        return all;
    }

    private static void check(DocletEnvironment environment, Element element, String name) {
        DocCommentTree comment = environment.getDocTrees().getDocCommentTree(element);
        boolean hasGo = comment != null && comment.getBlockTags().stream()
                .anyMatch(tag -> tag instanceof BlockTagTree block && block.getTagName().equals("go"));
        if (!hasGo) {
            MISSING.add(name);
        }
    }
}
