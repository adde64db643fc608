package io.blindspots.results.rest;

import io.blindspots.events.views.ResultTable;
import io.blindspots.events.views.TextResultTable;
import io.blindspots.results.domain.RunBook;
import io.blindspots.results.domain.TableFormats;
import io.blindspots.results.domain.TextTableFormats;
import io.blindspots.results.domain.TextTables;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;
import java.util.Map;

/**
 * The paper-style tables as JSON, text, Markdown or CSV: {@code /table} the image runs (Table 1's layout, signals ×
 * models), {@code /table/text} the text runs (Table 3's, signal and model × datasets). The text format of
 * {@code /table} shows both, one after the other, each only when it has rows.
 */
@Path("/table")
public class TableResource {

    private final RunBook book;

    public TableResource(RunBook book) {
        this.book = book;
    }

    /**
     * @param format  json (default), text, markdown or csv; without it, {@code Accept: text/plain} means text
     * @param setting only the rows of this setting (its id, "set-…", as in a run's {@code setting}); all without it
     */
    @GET
    public Response table(@QueryParam("format") String format, @QueryParam("setting") String setting,
                          @HeaderParam("Accept") String accept) {
        ResultTable all = book.table(setting);
        ResultTable table = TextTables.images(all);
        String chosen = chosen(format, accept);
        return switch (chosen) {
            case "json" -> Response.ok(table, MediaType.APPLICATION_JSON).build();
            case "text" -> Response.ok(bothAsText(table, TextTables.text(all)), MediaType.TEXT_PLAIN
                    + ";charset=utf-8").build();
            case "markdown" -> Response.ok(TableFormats.markdown(table), "text/markdown;charset=utf-8").build();
            case "csv" -> Response.ok(TableFormats.csv(table), "text/csv;charset=utf-8").build();
            default -> unknown(chosen);
        };
    }

    /** Table 3 of the text runs; formats and {@code setting} as for {@code /table}. */
    @GET
    @Path("text")
    public Response textTable(@QueryParam("format") String format, @QueryParam("setting") String setting,
                              @HeaderParam("Accept") String accept) {
        TextResultTable table = TextTables.text(book.table(setting));
        String chosen = chosen(format, accept);
        return switch (chosen) {
            case "json" -> Response.ok(table, MediaType.APPLICATION_JSON).build();
            case "text" -> Response.ok(TextTableFormats.text(table), MediaType.TEXT_PLAIN + ";charset=utf-8").build();
            case "markdown" -> Response.ok(TextTableFormats.markdown(table), "text/markdown;charset=utf-8").build();
            case "csv" -> Response.ok(TextTableFormats.csv(table), "text/csv;charset=utf-8").build();
            default -> unknown(chosen);
        };
    }

    /**
     * Every setting that has a row, image and text alike: the rows of the whole table without their cells (what the
     * live page's setting filter offers).
     */
    @GET
    @Path("settings")
    @Produces(MediaType.APPLICATION_JSON)
    public ResultTable settings() {
        List<ResultTable.Row> rows = book.table(null).rows().stream().map(r -> new ResultTable.Row(r.dataset(),
                r.signal(), r.setting(), r.settingLabel(), Map.of(), r.bestModel())).toList();
        return new ResultTable(List.of(), rows);
    }

    private static String bothAsText(ResultTable images, TextResultTable text) {
        if (text.rows().isEmpty()) {
            return TableFormats.text(images);
        }
        return images.rows().isEmpty() ? TextTableFormats.text(text)
                : TableFormats.text(images) + "\n" + TextTableFormats.text(text);
    }

    /** The format asked for: {@code format}, else text for {@code Accept: text/plain}, else json. */
    static String chosen(String format, String accept) {
        return format != null ? format : accept != null && accept.startsWith(MediaType.TEXT_PLAIN) ? "text" : "json";
    }

    /** 400 naming the formats there are. */
    static Response unknown(String format) {
        return Response.status(400).type(MediaType.APPLICATION_JSON).entity(java.util.Map.of("error",
                "format '" + format + "' is unknown; allowed: json, text, markdown, csv")).build();
    }
}
