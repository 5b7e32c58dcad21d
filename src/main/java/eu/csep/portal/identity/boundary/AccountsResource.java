package eu.csep.portal.identity.boundary;

import eu.csep.portal.identity.entity.Account;
import eu.csep.portal.identity.entity.Organisation;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller and their organisation over REST; thin on top of {@link Directory}. */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "identity")
public class AccountsResource {

    public record Me(String email, String displayName, String role, Set<String> permissions, OrganisationView organisation) {
    }

    public record OrganisationView(long id, String legalName, String country, String registrationNumber, String emailDomain) {
        static OrganisationView of(Organisation o) {
            return o == null ? null : new OrganisationView(o.getId(), o.getLegalName(), o.getCountry(),
                    o.getRegistrationNumber(), o.getEmailDomain());
        }
    }

    public record Member(String email, String displayName, String status) {
    }

    @Inject
    Directory directory;

    @GET
    @Path("me")
    @Operation(summary = "The signed-in caller: role, permissions and organisation")
    public Me me() {
        Account caller = directory.caller();
        Set<String> permissions = new TreeSet<>();
        caller.getRole().permissions().forEach(p -> permissions.add(p.name()));
        return new Me(caller.getEmail(), caller.getDisplayName(), caller.getRole().name(), permissions,
                OrganisationView.of(caller.getOrganisation()));
    }

    @GET
    @Path("organisations/{id}")
    @Operation(summary = "An organisation: your own, or any for programme staff; others answer 404")
    public OrganisationView organisation(@PathParam("id") long id) {
        return OrganisationView.of(directory.organisation(id));
    }

    @GET
    @Path("organisations/{id}/members")
    @Operation(summary = "The members of an organisation: your own, or any for programme staff")
    public List<Member> members(@PathParam("id") long id) {
        return directory.members(id).stream()
                .map(a -> new Member(a.getEmail(), a.getDisplayName(), a.getStatus().name())).toList();
    }
}
