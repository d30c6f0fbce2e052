package org.beacon.portal.web.content;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import org.beacon.portal.content.ContentRefused;
import org.beacon.portal.content.HomeBlock;
import org.beacon.portal.content.HomeBlockKind;
import org.beacon.portal.content.HomePage;
import org.beacon.portal.web.platform.Violations;
import org.omnifaces.util.Components;
import org.omnifaces.util.Messages;
import org.primefaces.PrimeFaces;

/** Backs {@code /admin/content/home}: the home page's blocks, their words, whether each shows, and their order. */
@Named
@ViewScoped
public class HomeEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private HomePage home;

    private List<Row> rows;

    @PostConstruct
    void load() {
        rows = home.blocks().stream().map(Row::new).toList();
    }

    public List<Row> getRows() {
        return rows;
    }

    /** Saves one block; only its row was sent (see home.xhtml), so what is typed in the others stays there, unsaved. */
    public void save(Row row) {
        try {
            row.saved(home.save(row.getId(), row.getHeading(), row.getText(), row.isShown()));
            Messages.addGlobalInfo("Saved: {0}.", row.getKind().getLabel());
        } catch (ContentRefused e) {
            refused(e);
        } catch (EJBException e) {
            if (!Violations.show(e, field -> rowPrefix() + field)) {
                throw e;
            }
        }
    }

    /** The hero stays first, so the block at place 1 has no Move up and the hero neither button. */
    public boolean canMoveUp(int index) {
        return index > 1;
    }

    public boolean canMoveDown(int index) {
        return index > 0 && index < rows.size() - 1;
    }

    public void moveUp(Row row) {
        move(row, -1);
    }

    public void moveDown(Row row) {
        move(row, 1);
    }

    /**
     * Moves a block and redraws the list in its new order. The whole form was sent with the button, so words typed
     * but not saved in any block are kept in its row, still unsaved; focus goes back to the button just pressed, now
     * on the block's new place (or to the other one, if the block has reached the top or the bottom).
     */
    private void move(Row row, int by) {
        try {
            List<HomeBlock> order = by < 0 ? home.moveUp(row.getId()) : home.moveDown(row.getId());
            Map<Long, Row> byId = rows.stream().collect(Collectors.toMap(Row::getId, r -> r));
            rows = order.stream().map(block -> byId.getOrDefault(block.getId(), new Row(block))).toList();
            int at = rows.indexOf(row);
            String button = (by < 0 && canMoveUp(at)) || !canMoveDown(at) ? "up" : "down";
            // After the list is drawn again; by client id, as a repeated row is no component to search for.
            PrimeFaces.current().executeScript("document.getElementById('home:blocks:" + at + ":" + button + "').focus();");
        } catch (ContentRefused e) {
            refused(e);
        }
    }

    /** Beside the field the refusal names, in the row of the button pressed; else at the top. */
    private static void refused(ContentRefused e) {
        if (e.getField() == null) {
            Messages.addGlobalError(e.getMessage());
        } else {
            Messages.addError(rowPrefix() + e.getField(), e.getMessage());
        }
    }

    /** "home:blocks:2:", the client ids of the row whose button was pressed. */
    private static String rowPrefix() {
        String button = Components.getCurrentActionSource().getClientId();
        return button.substring(0, button.lastIndexOf(':') + 1);
    }

    /** One block as the form edits it. */
    public static final class Row implements Serializable {

        private static final long serialVersionUID = 1L;

        private final long id;
        private final HomeBlockKind kind;
        private String heading;
        private String text;
        private boolean shown;

        Row(HomeBlock block) {
            this.id = block.getId();
            this.kind = block.getKind();
            saved(block);
        }

        /** As stored: the words tidied as the page shows them. */
        void saved(HomeBlock block) {
            this.heading = block.getHeading();
            this.text = block.getText();
            this.shown = block.isShown();
        }

        public long getId() {
            return id;
        }

        public HomeBlockKind getKind() {
            return kind;
        }

        public String getHeading() {
            return heading;
        }

        public void setHeading(String heading) {
            this.heading = heading;
        }

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }

        public boolean isShown() {
            return shown;
        }

        public void setShown(boolean shown) {
            this.shown = shown;
        }
    }
}
