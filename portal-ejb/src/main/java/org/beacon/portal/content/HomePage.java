package org.beacon.portal.content;

import static org.beacon.portal.account.Role.Names.ADMIN;
import static org.beacon.portal.account.Role.Names.COMMUNICATIONS;

import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.Size;

import org.beacon.portal.account.AuditAction;
import org.beacon.portal.account.AuditTarget;
import org.beacon.portal.account.AuditTrail;

/**
 * The home page's blocks: the public reads the ones shown, in order; communications staff edit their words, hide
 * and show them, and move them up and down (buttons, never only a drag: WCAG 2.5.7). Each change moves the content
 * version, so the cached home page is drawn again.
 */
@Stateless
@RolesAllowed({ADMIN, COMMUNICATIONS})
public class HomePage {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Event<ContentChanged> changed;

    @Inject
    private AuditTrail audit;

    /** The blocks a visitor sees, top to bottom. */
    @PermitAll
    public List<HomeBlock> shown() {
        return em.createQuery("select b from HomeBlock b where b.shown = true order by b.position", HomeBlock.class).getResultList();
    }

    /** Every block, shown or not, top to bottom. */
    public List<HomeBlock> blocks() {
        return em.createQuery("select b from HomeBlock b order by b.position", HomeBlock.class).getResultList();
    }

    public HomeBlock save(long id, @Size(max = 200, message = "Keep the heading under 200 characters.") String heading,
                          @Size(max = 2000, message = "Keep the text under 2,000 characters.") String text, boolean shown) {
        HomeBlock block = block(id);
        boolean wasShown = block.isShown();
        block.write(heading, text, shown);
        // The home page is live as soon as it is saved, as a page is when published: who changed it is on record.
        audit.record(AuditAction.HOME_PAGE_CHANGED, AuditTarget.HOME_BLOCK, id, block.getKind().getLabel() + ": words saved"
                + (wasShown == block.isShown() ? "" : block.isShown() ? ", now shown" : ", now hidden"));
        changed.fire(new ContentChanged());
        return block;
    }

    public List<HomeBlock> moveUp(long id) {
        return move(id, -1);
    }

    public List<HomeBlock> moveDown(long id) {
        return move(id, 1);
    }

    private List<HomeBlock> move(long id, int by) {
        List<HomeBlock> blocks = new ArrayList<>(blocks());
        HomeBlock block = block(id);
        int at = blocks.indexOf(block);
        int to = at + by;
        if (to < 0 || to >= blocks.size()) {
            throw new ContentRefused(by < 0 ? "This block is already at the top." : "This block is already at the bottom.");
        }
        if (block.getKind() == HomeBlockKind.HERO || blocks.get(to).getKind() == HomeBlockKind.HERO) {
            throw new ContentRefused("The hero stays at the top: it holds the page's title and the fact.");
        }
        blocks.remove(at);
        blocks.add(to, block);
        for (int i = 0; i < blocks.size(); i++) {
            blocks.get(i).placeAt(i);
        }
        audit.record(AuditAction.HOME_PAGE_CHANGED, AuditTarget.HOME_BLOCK, id, block.getKind().getLabel() + " moved "
                + (by < 0 ? "up" : "down") + " to place " + (to + 1));
        changed.fire(new ContentChanged());
        return blocks;
    }

    private HomeBlock block(long id) {
        HomeBlock block = em.find(HomeBlock.class, id);
        if (block == null) {
            throw new ContentRefused("There is no home page block " + id + ".");
        }
        return block;
    }
}
