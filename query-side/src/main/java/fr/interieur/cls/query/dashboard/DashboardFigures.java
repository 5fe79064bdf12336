package fr.interieur.cls.query.dashboard;

import fr.interieur.cls.events.types.ContractStatus;
import fr.interieur.cls.query.contract.ContractFacts;
import fr.interieur.cls.query.contract.ContractReads;
import fr.interieur.cls.query.contract.Flags;
import fr.interieur.cls.query.dashboard.Dashboard.DepartementLine;
import fr.interieur.cls.query.dashboard.Dashboard.DistrictGap;
import fr.interieur.cls.query.territory.DistrictStatus;
import fr.interieur.cls.query.territory.Territory;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The figures of a dashboard, from what both projections hold.
 * <p>
 * Population covered sums the population each contract records as covered, by status: a commune in two live
 * contracts (of different kinds, which rule 5 allows) counts twice, and so may a contract covering gendarmerie
 * communes push the figure above the police nationale zone's; contracts record the population they cover in
 * their own terms (a quartier, a transport network), so there is nothing finer to add up. The share is capped
 * at 1 for that reason. The police nationale population is the sum of the districts' populations.
 */
final class DashboardFigures {

    /** How many districts the national dashboard lists by name; it counts them all. */
    static final int NATIONAL_DISTRICTS_LISTED = 50;

    private static final Comparator<String> BY_CODE = Comparator.comparing(DashboardFigures::sortKey);

    private final Flags flags;

    DashboardFigures(Flags flags) {
        this.flags = flags;
    }

    /** What a dashboard is computed from, read from the active slots (or a test's schema). */
    record Sources(List<ContractFacts> contracts, Map<String, LocalDate> proximityStarts,
                   List<DistrictStatus> districts, Map<String, Map<String, Long>> actions, LocalDate today) {

        static Sources read(NamedParameterJdbcTemplate jdbc, String contractsSchema, Territory territory,
                            Optional<Set<String>> departements, LocalDate today) {
            return new Sources(ContractReads.facts(jdbc, contractsSchema, departements),
                               ContractReads.proximityStarts(jdbc, contractsSchema),
                               territory.districts(departements, today),
                               territory.actionsByThemeAndStatus(departements), today);
        }
    }

    Dashboard national(Sources sources) {
        List<DistrictGap> gaps = gaps(sources.districts());
        Map<String, List<String>> contractFlags = contractFlags(sources);
        Set<String> codes = new TreeSet<>(BY_CODE);
        sources.contracts().forEach(contract -> codes.add(contract.departement()));
        sources.districts().forEach(district -> codes.add(district.departement()));
        List<DepartementLine> lines = codes.stream().map(code -> line(code, sources, contractFlags)).toList();
        return dashboard(null, sources, contractFlags, gaps, gaps.stream().limit(NATIONAL_DISTRICTS_LISTED).toList(),
                         lines);
    }

    /** A département's dashboard, from sources narrowed to it. */
    Dashboard departement(String code, Sources sources) {
        List<DistrictGap> gaps = gaps(sources.districts());
        return dashboard(code, sources, contractFlags(sources), gaps, gaps, null);
    }

    private Dashboard dashboard(String departement, Sources sources, Map<String, List<String>> contractFlags,
                                List<DistrictGap> gaps, List<DistrictGap> listed, List<DepartementLine> lines) {
        List<ContractFacts> contracts = sources.contracts();
        long signedPopulation = population(contracts, DashboardFigures::signed);
        long livePopulation = population(contracts, DashboardFigures::live);
        long policePopulation = sources.districts().stream().mapToLong(DistrictStatus::population).sum();
        return new Dashboard(departement, sources.today(),
                             new Dashboard.Contracts(count(contracts, DashboardFigures::signed),
                                                     count(contracts, DashboardFigures::inPreparation),
                                                     count(contracts, DashboardFigures::ended)),
                             new Dashboard.Population(signedPopulation, livePopulation), policePopulation,
                             new Dashboard.Share(share(signedPopulation, policePopulation),
                                                 share(livePopulation, policePopulation)),
                             new Dashboard.NotFullyCovered(gaps.size(), listed),
                             flagCounts(contractFlags, gaps.size()), sources.actions(), lines);
    }

    private DepartementLine line(String code, Sources sources, Map<String, List<String>> contractFlags) {
        List<ContractFacts> contracts = sources.contracts().stream().filter(c -> code.equals(c.departement())).toList();
        List<DistrictStatus> districts = sources.districts().stream().filter(d -> code.equals(d.departement()))
                                                .toList();
        long gaps = districts.stream().filter(DashboardFigures::flagged).count();
        long flagged = contracts.stream().mapToLong(c -> contractFlags.getOrDefault(c.id(), List.of()).size()).sum();
        return new DepartementLine(code, count(contracts, DashboardFigures::signed),
                                   count(contracts, DashboardFigures::inPreparation),
                                   count(contracts, DashboardFigures::ended),
                                   population(contracts, DashboardFigures::live),
                                   population(contracts, DashboardFigures::signed),
                                   districts.stream().mapToLong(DistrictStatus::population).sum(), gaps,
                                   flagged + gaps);
    }

    /** The flags each live contract raises today, by contract id. */
    private Map<String, List<String>> contractFlags(Sources sources) {
        return sources.contracts().stream().filter(DashboardFigures::live).collect(Collectors.toMap(
                ContractFacts::id, facts -> flags.codes(facts, sources.proximityStarts(), sources.today())));
    }

    /** Every flag code, at zero when none raises it, so that the table reads the same every day. */
    private static Map<String, Long> flagCounts(Map<String, List<String>> contractFlags, long flaggedDistricts) {
        Map<String, Long> counts = new LinkedHashMap<>();
        Flags.CONTRACT_FLAGS.forEach(code -> counts.put(code, 0L));
        contractFlags.values().forEach(codes -> codes.forEach(code -> counts.merge(code, 1L, Long::sum)));
        counts.put(Flags.SECTORS_NOT_COVERED, flaggedDistricts);
        return counts;
    }

    private static List<DistrictGap> gaps(List<DistrictStatus> districts) {
        return districts.stream().filter(DashboardFigures::flagged)
                        .sorted(Comparator.comparing(DistrictStatus::departement, BY_CODE)
                                          .thenComparing(DistrictStatus::districtId))
                        .map(d -> new DistrictGap(d.districtId(), d.name(), d.departement(), d.uncoveredSectors()))
                        .toList();
    }

    private static boolean flagged(DistrictStatus district) {
        return district.flags().contains(Flags.SECTORS_NOT_COVERED);
    }

    private static long count(List<ContractFacts> contracts, Predicate<ContractFacts> which) {
        return contracts.stream().filter(which).count();
    }

    private static long population(List<ContractFacts> contracts, Predicate<ContractFacts> which) {
        return contracts.stream().filter(which).mapToLong(ContractFacts::populationCovered).sum();
    }

    static double share(long covered, long of) {
        if (of <= 0) {
            return 0;
        }
        return Math.min(1.0, Math.round(1000.0 * covered / of) / 1000.0);
    }

    private static boolean signed(ContractFacts contract) {
        return ContractStatus.SIGNED.name().equals(contract.status());
    }

    private static boolean inPreparation(ContractFacts contract) {
        return ContractStatus.IN_PREPARATION.name().equals(contract.status());
    }

    private static boolean ended(ContractFacts contract) {
        return ContractStatus.ENDED.name().equals(contract.status());
    }

    private static boolean live(ContractFacts contract) {
        return signed(contract) || inPreparation(contract);
    }

    /** INSEE order: Corsica (2A, 2B) where 20 was, overseas (971…) last. */
    private static String sortKey(String code) {
        return code.startsWith("2A") || code.startsWith("2B") ? "20" + code.substring(1) : code;
    }
}
