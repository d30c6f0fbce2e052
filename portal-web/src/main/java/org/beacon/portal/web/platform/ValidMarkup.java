package org.beacon.portal.web.platform;

import java.io.IOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.context.ResponseWriterWrapper;
import jakarta.faces.render.RenderKit;
import jakarta.faces.render.RenderKitFactory;
import jakarta.faces.render.RenderKitWrapper;

import org.primefaces.component.outputlabel.OutputLabel;
import org.primefaces.component.selectmanycheckbox.SelectManyCheckbox;
import org.primefaces.component.selectoneradio.SelectOneRadio;

/**
 * Mends what PrimeFaces writes that the HTML standard refuses (the W3C checker flags it on every console page):
 * {@code role="gridcell"} on a data table's cells, which their table's role already gives them; a select's label
 * pointing at the select's shown text ({@code id_label}, a span, which no label may name) instead of the select itself
 * ({@code id_input}; the shown text keeps its own aria-label); and a label "for" a group of checkboxes or radio
 * buttons, which is no form control: the group is named by that label instead (and a checkbox group becomes
 * {@code role="group"}; a radio group is already a radiogroup); and an end tag for {@code <source>}.
 */
public class ValidMarkup extends RenderKitFactory {

    private final RenderKitFactory wrapped;

    public ValidMarkup(RenderKitFactory wrapped) {
        super(wrapped);
        this.wrapped = wrapped;
    }

    @Override
    public void addRenderKit(String id, RenderKit kit) {
        wrapped.addRenderKit(id, kit);
    }

    @Override
    public RenderKit getRenderKit(FacesContext context, String id) {
        RenderKit kit = wrapped.getRenderKit(context, id);
        return kit == null || !HTML_BASIC_RENDER_KIT.equals(id) ? kit : new RenderKitWrapper(kit) {
            @Override
            public ResponseWriter createResponseWriter(Writer writer, String contentTypes, String encoding) {
                return new Writing(getWrapped().createResponseWriter(writer, contentTypes, encoding));
            }
        };
    }

    @Override
    public Iterator<String> getRenderKitIds() {
        return wrapped.getRenderKitIds();
    }

    static final class Writing extends ResponseWriterWrapper {

        private static final String GROUP_LABELS = ValidMarkup.class.getName() + ".groupLabels";
        private static final Set<String> NEWER_VOID_ELEMENTS = Set.of("source", "track", "wbr");

        private String element;
        private boolean labelOfGroup;
        private UIComponent groupStarted;

        Writing(ResponseWriter wrapped) {
            super(wrapped);
        }

        @Override
        public void startElement(String name, UIComponent component) throws IOException {
            element = name;
            labelOfGroup = false;
            super.startElement(name, component);
            if ("label".equals(name) && component instanceof OutputLabel label && label.getFor() != null) {
                UIComponent target = label.findComponent(label.getFor());
                if (isGroup(target)) {
                    labelOfGroup = true;
                    groupLabels().put(target.getClientId(), label.getClientId());
                }
            } else if (isGroup(component) && component != groupStarted) {
                // The group's outer element: the first one it writes.
                groupStarted = component;
                if (component instanceof SelectManyCheckbox) {
                    super.writeAttribute("role", "group", null);
                }
                String labelId = groupLabels().get(component.getClientId());
                if (labelId != null) {
                    super.writeAttribute("aria-labelledby", labelId, null);
                }
            }
        }

        /** A group's role only for checkboxes: PrimeFaces' radio group writes role="radiogroup" itself, and a second role is invalid. */
        private static boolean isGroup(UIComponent component) {
            return component instanceof SelectManyCheckbox || component instanceof SelectOneRadio;
        }

        @SuppressWarnings("unchecked")
        private static Map<String, String> groupLabels() {
            return (Map<String, String>) FacesContext.getCurrentInstance().getAttributes().computeIfAbsent(GROUP_LABELS, k -> new HashMap<>());
        }

        @Override
        public void writeAttribute(String name, Object value, String property) throws IOException {
            if ("td".equals(element) && "role".equals(name) && "gridcell".equals(value)) {
                return;
            }
            if (labelOfGroup && "for".equals(name)) {
                return;
            }
            if ("label".equals(element) && "for".equals(name) && value instanceof String target && target.endsWith("_label")) {
                super.writeAttribute(name, target.substring(0, target.length() - "_label".length()) + "_input", property);
                return;
            }
            super.writeAttribute(name, value, property);
        }

        /**
         * HTML's void elements that Mojarra 4.0 does not know as such (its list stops at param): it would write
         * {@code </source>}, a stray end tag. The start tag is closed and no end tag follows.
         */
        @Override
        public void endElement(String name) throws IOException {
            if (NEWER_VOID_ELEMENTS.contains(name)) {
                getWrapped().write("");
                return;
            }
            super.endElement(name);
        }

        @Override
        public ResponseWriter cloneWithWriter(Writer writer) {
            return new Writing(getWrapped().cloneWithWriter(writer));
        }
    }
}
