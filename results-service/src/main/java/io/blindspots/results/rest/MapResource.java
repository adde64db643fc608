package io.blindspots.results.rest;

import io.blindspots.events.views.BlindspotMap;
import io.blindspots.results.domain.MapFormats;
import io.blindspots.results.domain.MapPlot;
import io.blindspots.results.domain.RunBook;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;


/**
 * The blindspot map (issue 14): per signal and model, the strength from which the model uses the signal.
 * {@code /map} as JSON, text, Markdown or CSV; {@code /map/plot.png} as a picture.
 */
@Path("/map")
public class MapResource {

    private final RunBook book;

    public MapResource(RunBook book) {
        this.book = book;
    }

    /** @param format json (default), text, markdown or csv; without it, {@code Accept: text/plain} means text */
    @GET
    public Response map(@QueryParam("format") String format, @HeaderParam("Accept") String accept) {
        BlindspotMap map = book.map();
        String chosen = TableResource.chosen(format, accept);
        return switch (chosen) {
            case "json" -> Response.ok(map, MediaType.APPLICATION_JSON).build();
            case "text" -> Response.ok(MapFormats.text(map), MediaType.TEXT_PLAIN + ";charset=utf-8").build();
            case "markdown" -> Response.ok(MapFormats.markdown(map), "text/markdown;charset=utf-8").build();
            case "csv" -> Response.ok(MapFormats.csv(map), "text/csv;charset=utf-8").build();
            default -> TableResource.unknown(chosen);
        };
    }

    /** The map as a PNG: a panel per signal, signal reliance against strength, one line per model. */
    @GET
    @Path("plot.png")
    @Produces("image/png")
    public byte[] plot() {
        return MapPlot.png(book.map());
    }
}
