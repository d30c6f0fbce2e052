package org.beacon.portal.content;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Pictures uploaded before uploads were cleaned still carry what the camera wrote (a GPS position among it): each is
 * written again as an upload is now, and given its size. Its address stays, since pages and newsletters link to it.
 * One that cannot be read stays as it was and is served in no other size.
 */
public class V33__Library_pictures_cleaned extends BaseJavaMigration {

    private static final Logger LOG = Logger.getLogger(V33__Library_pictures_cleaned.class.getName());

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "select id from media_file where content_type in ('image/jpeg', 'image/png', 'image/webp') order by id");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                ids.add(rows.getLong(1));
            }
        }
        // One picture in memory at a time, however large the library.
        for (long id : ids) {
            byte[] data;
            MediaType type;
            try (PreparedStatement select = connection.prepareStatement("select content_type, data from media_file where id = ?")) {
                select.setLong(1, id);
                try (ResultSet row = select.executeQuery()) {
                    row.next();
                    type = MediaType.ofContentType(row.getString(1));
                    data = row.getBytes(2);
                }
            }
            Pictures.Cleaned cleaned;
            try {
                cleaned = Pictures.clean(data, type);
            } catch (RuntimeException | LinkageError e) {
                // Whatever one picture does, the others are cleaned and the server starts.
                LOG.warning(() -> "Media file " + id + " kept as it was: " + e);
                continue;
            }
            try (PreparedStatement update = connection.prepareStatement(
                    "update media_file set data = ?, size_bytes = ?, width = ?, height = ? where id = ?")) {
                update.setBytes(1, cleaned.bytes());
                update.setLong(2, cleaned.bytes().length);
                update.setInt(3, cleaned.width());
                update.setInt(4, cleaned.height());
                update.setLong(5, id);
                update.executeUpdate();
            }
        }
    }
}
