package io.blindspots.results.rest;

import io.blindspots.events.views.RunView;
import io.blindspots.results.domain.RunBook;
import io.smallrye.mutiny.Multi;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestStreamElementType;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Runs as results-service sees them: summaries, full views with curves, sample pictures, live updates. */
@Path("/runs")
public class RunsResource {

    private final RunBook book;
    private final LiveUpdates live;

    public RunsResource(RunBook book, LiveUpdates live) {
        this.book = book;
        this.live = live;
    }

    /**
     * Every run, newest first, with each model's status, progress and latest values.
     *
     * @param setting only the runs of this setting (its id, "set-…"); all without it
     */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<RunView> runs(@QueryParam("setting") String setting) {
        return book.runs(setting);
    }

    /** One run with its learning curves (value per epoch per split and metric). */
    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public RunView run(@PathParam("id") String id) {
        return book.run(id).orElseThrow(() -> notFound(id));
    }

    /** The run's sample picture: per class, clean, injected, and the amplified difference. */
    @GET
    @Path("/{id}/samples.png")
    @Produces("image/png")
    public byte[] samples(@PathParam("id") String id) {
        return book.samples(id).orElseThrow(() -> notFound(id));
    }

    /** Server-Sent Events: the summary of a run each time it changes (at most every 250 ms per burst). */
    @GET
    @Path("/stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    public Multi<RunView> stream() {
        return live.changes()
                .group().intoLists().every(Duration.ofMillis(250))
                .onItem().transformToMultiAndConcatenate(ids -> Multi.createFrom().iterable(
                        ids.stream().distinct().map(book::summary).flatMap(java.util.Optional::stream).toList()));
    }

    private static NotFoundException notFound(String id) {
        return new NotFoundException(Response.status(404).type(MediaType.APPLICATION_JSON)
                .entity(Map.of("error", "no run '" + id + "'")).build());
    }
}
