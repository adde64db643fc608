package io.blindspots.results.rest;

import io.blindspots.events.views.ResultTable;
import io.blindspots.results.domain.RunBook;
import io.blindspots.results.domain.TableFormats;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The paper-style table (signals × models) as JSON, text, Markdown or CSV. */
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
        ResultTable table = book.table(setting);
        String chosen = format != null ? format
                : accept != null && accept.startsWith(MediaType.TEXT_PLAIN) ? "text" : "json";
        return switch (chosen) {
            case "json" -> Response.ok(table, MediaType.APPLICATION_JSON).build();
            case "text" -> Response.ok(TableFormats.text(table), MediaType.TEXT_PLAIN + ";charset=utf-8").build();
            case "markdown" -> Response.ok(TableFormats.markdown(table), "text/markdown;charset=utf-8").build();
            case "csv" -> Response.ok(TableFormats.csv(table), "text/csv;charset=utf-8").build();
            default -> Response.status(400).type(MediaType.APPLICATION_JSON).entity(java.util.Map.of("error",
                    "format '" + chosen + "' is unknown; allowed: json, text, markdown, csv")).build();
        };
    }
}
