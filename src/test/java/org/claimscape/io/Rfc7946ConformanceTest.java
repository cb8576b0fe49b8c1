package org.claimscape.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.claimscape.io.GeoJsonProblem.Kind;
import org.claimscape.io.GeoJsonProblem.Severity;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The reader judged against RFC 7946 (The GeoJSON Format, August 2016), one nested class per section. Each case
 * quotes the sentence it follows. What the RFC requires (MUST, or the definitions of §3: "has a member") is an
 * error; what it advises (SHOULD, SHOULD NOT, and §11.2's advice on precision) is a warning, which
 * {@code validate --strict} turns into a failure. Every problem is checked for its place: line, column, and the
 * feature number only when it is inside a feature.
 */
class Rfc7946ConformanceTest {

    /** §3: "A GeoJSON object MAY have a "bbox" member, the value of which MUST be a bounding box array". */
    @Nested
    class Section5BoundingBox {

        /**
         * "The value of the bbox member MUST be an array of length 2*n where n is the number of dimensions
         * represented in the contained geometries".
         */
        @ParameterizedTest(name = "bbox {0}")
        @ValueSource(strings = {"\"0,0,1,1\"", "42", "[147,45,148]", "[147,45,148,46,0]", "[147,\"45\",148,46]",
            "[147,45,[148],46]", "[]", "null", "{\"west\":147}"})
        void aBboxThatIsNotAnArrayOfFourOrSixNumbersIsAnError(String bbox) {
            String text = fc("{\"type\":\"Feature\",\"bbox\":" + bbox + ",\"properties\":{},\"geometry\":"
                    + POINT + "}");
            GeoJsonReadResult r = read(text);
            GeoJsonProblem p = onlyError(r, Kind.BAD_BBOX);
            assertPlace(p, text, 2, bbox, -1, 0);
            assertThat(r.features()).isEmpty();
        }

        /** Example of §5: "bbox": [-10.0, -10.0, 10.0, 10.0] on a Feature of 2D positions. */
        @Test
        void aTwoDimensionalBboxOfFourNumbersIsAccepted() {
            assertThat(read(fc("{\"type\":\"Feature\",\"bbox\":[147,45,148,46],\"properties\":{},\"geometry\":"
                    + POINT + "}")).problems()).isEmpty();
        }

        /** Example of §5: "a 3D bbox member with a depth of 100 meters": [100.0, 0.0, -100.0, 105.0, 1.0, 0.0]. */
        @Test
        void aThreeDimensionalBboxIsAcceptedWhenTheGeometriesHaveHeights() {
            String text = "{\"type\":\"FeatureCollection\",\"bbox\":[147,45,-100,148,46,0],\"features\":[\n"
                    + "{\"type\":\"Feature\",\"properties\":{},\"geometry\":{\"type\":\"Point\",\"coordinates\":"
                    + "[147.5,45.5,-50]}}]}";
            assertThat(read(text).problems()).isEmpty();
        }

        /** "2*n where n is the number of dimensions represented in the contained geometries": 6 numbers, 2D data. */
        @Test
        void sixNumbersForTwoDimensionalGeometriesIsAnErrorOfTheCollectionNotOfAFeature() {
            String text = "{\"type\":\"FeatureCollection\",\"bbox\":[147,45,0,148,46,0],\"features\":[\n"
                    + feature(POINT) + "]}";
            GeoJsonReadResult r = read(text);
            GeoJsonProblem p = onlyError(r, Kind.BAD_BBOX);
            assertThat(p.message()).contains("2 dimensions").contains("must have 4");
            assertPlace(p, text, 1, "[147", -1, -1);
            assertThat(r.features()).as("the features themselves are sound").hasSize(1);
        }

        /** "with all axes of the most southwesterly point followed by all axes of the more northeasterly point". */
        @Test
        void aBboxWithItsCornersSwappedIsAnError() {
            GeoJsonReadResult r = read(fc("{\"type\":\"Feature\",\"bbox\":[148,46,147,45],\"properties\":{},"
                    + "\"geometry\":" + POINT + "}"));
            assertThat(onlyError(r, Kind.BAD_BBOX).message()).contains("southwest corner comes first");
        }

        /**
         * §5.2: "bounding boxes that cross the antimeridian have a northeast corner longitude that is less than
         * the longitude of the southwest corner": "bbox": [177.0, -20.0, -178.0, -16.0].
         */
        @Test
        void aBboxAcrossTheAntimeridianIsAccepted() {
            String text = "{\"type\":\"Feature\",\"bbox\":[177.0,-20.0,-178.0,-16.0],\"properties\":{},"
                    + "\"geometry\":{\"type\":\"MultiPoint\",\"coordinates\":[[178,-18],[-179,-17]]}}";
            assertThat(read(text).problems()).isEmpty();
        }

        /** §5.3: "Implementers MUST NOT use latitude values greater than 90 or less than -90". */
        @Test
        void aBboxLatitudeBeyondNinetyIsAnError() {
            String text = "{\"type\":\"Point\",\"bbox\":[-180,80,180,91],\"coordinates\":[0,85]}";
            GeoJsonProblem p = onlyError(read(text), Kind.BAD_BBOX);
            assertThat(p.message()).contains("latitude 91");
            assertPlace(p, text, 1, "[-180", -1, -1);
        }
    }

    @Nested
    class Section32FeatureObject {

        /** "A Feature object has a member with the name "properties"." (absent is not null). */
        @Test
        void aFeatureWithoutPropertiesIsAnError() {
            String text = fc("{\"type\":\"Feature\",\"geometry\":" + POINT + "}");
            GeoJsonReadResult r = read(text);
            assertPlace(onlyError(r, Kind.MISSING_MEMBER), text, 2, "{", 1, 0);
            assertThat(r.features()).isEmpty();
        }

        /** "The value of the properties member is an object (any JSON object or a JSON null value)." */
        @Test
        void nullPropertiesAreAccepted() {
            assertThat(read(fc("{\"type\":\"Feature\",\"properties\":null,\"geometry\":" + POINT + "}")).problems())
                    .isEmpty();
        }

        /** "The value of the properties member is an object (any JSON object or a JSON null value)." */
        @ParameterizedTest(name = "properties {0}")
        @ValueSource(strings = {"[]", "\"name\"", "7", "true"})
        void propertiesThatAreNeitherAnObjectNorNullAreAnError(String props) {
            String text = fc("{\"type\":\"Feature\",\"properties\":" + props + ",\"geometry\":" + POINT + "}");
            GeoJsonReadResult r = read(text);
            assertPlace(onlyError(r, Kind.WRONG_TYPE), text, 2, props, -1, 0);
            assertThat(r.features()).isEmpty();
        }

        /** "the value of this member [id] is either a JSON string or number." */
        @ParameterizedTest(name = "id {0}")
        @ValueSource(strings = {"null", "true", "[1]", "{\"n\":1}"})
        void anIdThatIsNeitherAStringNorANumberIsAnError(String id) {
            String text = fc("{\"type\":\"Feature\",\"id\":" + id + ",\"properties\":{},\"geometry\":" + POINT + "}");
            GeoJsonReadResult r = read(text);
            assertPlace(onlyError(r, Kind.WRONG_TYPE), text, 2, id, -1, 0);
            assertThat(r.features()).isEmpty();
        }

        /** "the value of this member is either a JSON string or number." */
        @Test
        void stringAndNumberIdsAreAccepted() {
            GeoJsonReadResult r = read(fc("{\"type\":\"Feature\",\"id\":\"a\",\"properties\":{},\"geometry\":"
                    + POINT + "}", "{\"type\":\"Feature\",\"id\":2.5,\"properties\":{},\"geometry\":" + POINT + "}"));
            assertThat(r.problems()).isEmpty();
            assertThat(r.features()).extracting(f -> f.rawId()).containsExactly("a", 2.5);
        }

        /** "A Feature object has a member with the name "geometry"." */
        @Test
        void aFeatureWithoutGeometryIsAnError() {
            String text = fc("{\"type\":\"Feature\",\"properties\":{}}");
            assertPlace(onlyError(read(text), Kind.MISSING_MEMBER), text, 2, "{", 1, 0);
        }

        /** Every problem of a Feature is reported, in the order of the file, not only the first found. */
        @Test
        void aFeatureWithSeveralProblemsGetsOneMessageForEach() {
            String text = fc("{\"type\":\"Feature\",\"id\":[1],\"properties\":\"x\",\"bbox\":[1,2,3],"
                    + "\"geometry\":{\"type\":\"Point\",\"coordinates\":[147,95]}}");
            GeoJsonReadResult r = read(text);
            assertThat(r.errors()).extracting(GeoJsonProblem::kind).containsExactly(Kind.WRONG_TYPE, Kind.WRONG_TYPE,
                    Kind.BAD_BBOX, Kind.LATITUDE_OUT_OF_RANGE);
            assertThat(r.errors()).allSatisfy(p -> assertThat(p.featureIndex()).isZero());
            assertThat(r.errors()).extracting(GeoJsonProblem::column).isSorted();
        }

        /** A single Feature as the whole text is feature #0: its problems carry that number. */
        @Test
        void aSingleFeatureWithoutPropertiesIsFeatureZero() {
            String text = "{\"type\":\"Feature\",\"geometry\":" + POINT + "}";
            GeoJsonReadResult r = read(text);
            assertPlace(onlyError(r, Kind.MISSING_MEMBER), text, 1, "{", 1, 0);
            assertThat(r.featuresSeen()).isEqualTo(1);
        }
    }

    @Nested
    class Section33FeatureCollectionObject {

        /** "The value of "features" is a JSON array. ... It is possible for this array to be empty." */
        @Test
        void anEmptyCollectionIsValid() {
            GeoJsonReadResult r = read("{\"type\":\"FeatureCollection\",\"features\":[]}");
            assertThat(r.isValid()).isTrue();
            assertThat(r.problems()).isEmpty();
            assertThat(r.featuresSeen()).isZero();
        }

        /** "Each element of the array is a Feature object": a bare geometry there is an error of that element. */
        @Test
        void aGeometryInPlaceOfAFeatureIsAnErrorOfThatFeature() {
            String text = fc(feature(POINT), POINT);
            GeoJsonProblem p = onlyError(read(text), Kind.WRONG_TYPE);
            assertThat(p.message()).contains("found \"Point\"");
            assertPlace(p, text, 3, "\"Point", -1, 1);
        }

        /** A problem of the collection itself names no feature, even after the features were read. */
        @Test
        void problemsOfTheTopLevelObjectCarryNoFeatureNumber() {
            String text = "{\"type\":\"FeatureCollection\",\"features\":[\n" + feature(POINT) + "],\n\"bbox\":\"x\"}";
            GeoJsonProblem p = onlyError(read(text), Kind.BAD_BBOX);
            assertPlace(p, text, 3, "\"x", -1, -1);
            assertThat(p.toString()).doesNotContain("feature #");
        }
    }

    @Nested
    class Section31GeometryObject {

        /**
         * "GeoJSON processors MAY interpret Geometry objects with empty "coordinates" arrays as null objects."
         * Read as an unlocated feature, with a warning, since nothing of it can be drawn.
         */
        @ParameterizedTest(name = "{0} []")
        @ValueSource(strings = {"Point", "MultiPoint", "LineString", "MultiLineString", "Polygon", "MultiPolygon"})
        void emptyCoordinatesAreAnUnlocatedFeatureWithAWarning(String type) {
            String text = fc("{\"type\":\"Feature\",\"properties\":{},\"geometry\":{\"type\":\"" + type
                    + "\",\"coordinates\":[]}}");
            GeoJsonReadResult r = read(text);
            assertThat(r.isValid()).isTrue();
            assertThat(r.features()).hasSize(1);
            assertThat(r.features().get(0).geometry()).isNull();
            GeoJsonProblem p = onlyWarning(r, Kind.EMPTY_GEOMETRY);
            assertPlace(p, text, 2, "[]", -1, 0);
        }

        /** "has a member with the name "coordinates". The value of the "coordinates" member is an array." */
        @Test
        void nullCoordinatesAreAnErrorThatSaysSo() {
            String text = fc(feature("{\"type\":\"LineString\",\"coordinates\":null}"));
            assertThat(onlyError(read(text), Kind.WRONG_TYPE).message()).contains("must be an array, found null");
        }

        /** "The value of a Geometry object's "type" member MUST be one of the seven geometry types". */
        @Test
        void geometryTypesAreCaseSensitive() {
            String text = fc(feature("{\"type\":\"point\",\"coordinates\":[147,45]}"));
            assertThat(onlyError(read(text), Kind.WRONG_TYPE).message()).contains("\"point\"")
                    .contains("case-sensitive");
        }
    }

    @Nested
    class Section311Position {

        /** "A position is an array of numbers. There MUST be two or more elements." */
        @Test
        void aPositionOfOneNumberIsAnError() {
            String text = fc(feature("{\"type\":\"Point\",\"coordinates\":[147]}"));
            assertPlace(onlyError(read(text), Kind.TOO_FEW_POSITIONS), text, 2, "[147", -1, 0);
        }

        /** "Implementations SHOULD NOT extend positions beyond three elements". */
        @Test
        void aPositionOfFourNumbersIsKeptWithAWarning() {
            String text = fc(feature("{\"type\":\"LineString\",\"coordinates\":[[147,45,10,1700000000],[148,46]]}"));
            GeoJsonReadResult r = read(text);
            assertThat(r.isValid()).isTrue();
            GeoJsonProblem p = onlyWarning(r, Kind.LONG_POSITION);
            assertPlace(p, text, 2, "[147", -1, 0);
            assertThat(r.features().get(0).geometry().getCoordinates()[0].getZ()).isEqualTo(10.0);
        }

        /** "Altitude or elevation MAY be included as an optional third element." */
        @Test
        void aThirdNumberIsAcceptedWithoutComment() {
            assertThat(read(fc(feature("{\"type\":\"Point\",\"coordinates\":[147,45,12.5]}"))).problems()).isEmpty();
        }
    }

    @Nested
    class Section316Polygon {

        /** "The first and last positions are equivalent, and they MUST contain identical values". */
        @ParameterizedTest(name = "last {0}")
        @ValueSource(strings = {"[100,0,4.9]", "[100,0.0000001]", "[100,0,0,1]"})
        void aRingWhoseLastPositionDiffersInAnyNumberIsNotClosed(String last) {
            String text = fc(feature("{\"type\":\"Polygon\",\"coordinates\":[[[100,0],[101,0],[101,1],[100,1],"
                    + last + "]]}"));
            GeoJsonProblem p = onlyError(read(text), Kind.RING_NOT_CLOSED);
            assertThat(p.message()).contains("differs from its first [100, 0]");
            assertPlace(p, text, 2, "[[100", -1, 0);
        }

        /** "they MUST contain identical values": so a height on the first calls for the same on the last. */
        @Test
        void aRingClosedInAllThreeNumbersIsAccepted() {
            assertThat(read(fc(feature("{\"type\":\"Polygon\",\"coordinates\":[[[100,0,5],[101,0,5],[101,1,5],"
                    + "[100,1,5],[100,0,5]]]}"))).problems()).isEmpty();
        }

        /**
         * "A linear ring MUST follow the right-hand rule with respect to the area it bounds, i.e., exterior rings
         * are counterclockwise, and holes are clockwise." and "parsers SHOULD NOT reject Polygons that do not".
         */
        @Test
        void aClockwiseExteriorRingIsKeptWithAWarning() {
            String text = fc(feature("{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[0,1],[1,1],[1,0],[0,0]]]}"));
            GeoJsonReadResult r = read(text);
            assertThat(r.isValid()).isTrue();
            assertThat(r.features()).hasSize(1);
            GeoJsonProblem p = onlyWarning(r, Kind.RING_WINDING);
            assertThat(p.message()).contains("exterior ring is clockwise");
            assertPlace(p, text, 2, "[[[0", -1, 0);
        }

        /** "holes are clockwise": a counter-clockwise hole gets the warning, naming the hole. */
        @Test
        void aCounterClockwiseHoleIsKeptWithAWarning() {
            String text = fc(feature("{\"type\":\"MultiPolygon\",\"coordinates\":[[[[0,0],[3,0],[3,3],[0,3],[0,0]],"
                    + "[[1,1],[2,1],[2,2],[1,2],[1,1]]]]}"));
            GeoJsonProblem p = onlyWarning(read(text), Kind.RING_WINDING);
            assertThat(p.message()).contains("hole 1").contains("counter-clockwise");
        }

        /** The right-hand rule followed: exterior counter-clockwise, hole clockwise. No warning. */
        @Test
        void ringsByTheRightHandRuleGetNoWarning() {
            assertThat(read(fc(feature("{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[3,0],[3,3],[0,3],[0,0]],"
                    + "[[1,1],[1,2],[2,2],[2,1],[1,1]]]}"))).problems()).isEmpty();
        }

        /** A file whose every polygon is wound the old way lists ten and counts the rest in one warning. */
        @Test
        void manyWarningsOfOneKindAreCountedNotListed() {
            String cw = feature("{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[0,1],[1,1],[1,0],[0,0]]]}");
            String[] features = new String[25];
            java.util.Arrays.fill(features, cw);
            GeoJsonReadResult r = read(fc(features));
            assertThat(r.warnings()).hasSize(ReadSession.LISTED_PER_KIND + 1);
            GeoJsonProblem last = r.warnings().get(ReadSession.LISTED_PER_KIND);
            assertThat(last.message()).startsWith("15 more warnings");
            assertThat(last.featureIndex()).isEqualTo(ReadSession.LISTED_PER_KIND);
        }
    }

    @Nested
    class Section318GeometryCollection {

        /** "A GeometryCollection has a member with the name "geometries"." The message says so. */
        @Test
        void aCollectionWithCoordinatesInsteadOfGeometriesIsReportedAsSuch() {
            String text = fc(feature("{\"type\":\"GeometryCollection\",\"coordinates\":[{\"type\":\"Point\"}]}"));
            GeoJsonProblem p = onlyError(read(text), Kind.MISSING_MEMBER);
            assertThat(p.message()).contains("without \"geometries\"").doesNotContain("must be a number");
            assertPlace(p, text, 2, "{\"type\":\"Geo", -1, 0);
        }

        /** "It is possible for this array to be empty." Read as an unlocated feature, with a warning. */
        @Test
        void anEmptyCollectionIsAnUnlocatedFeatureWithAWarning() {
            GeoJsonReadResult r = read(fc(feature("{\"type\":\"GeometryCollection\",\"geometries\":[]}")));
            assertThat(r.isValid()).isTrue();
            assertThat(r.features().get(0).geometry()).isNull();
            onlyWarning(r, Kind.EMPTY_GEOMETRY);
        }

        /** "implementations SHOULD avoid nested GeometryCollections." */
        @Test
        void aNestedCollectionIsKeptWithAWarning() {
            String text = fc(feature("{\"type\":\"GeometryCollection\",\"geometries\":[" + POINT + ","
                    + "{\"type\":\"GeometryCollection\",\"geometries\":[" + LINE + "]}]}"));
            GeoJsonReadResult r = read(text);
            assertThat(r.isValid()).isTrue();
            assertThat(r.warnings()).anySatisfy(p -> {
                assertThat(p.kind()).isEqualTo(Kind.AVOIDABLE_COLLECTION);
                assertThat(p.message()).contains("nested");
            });
        }

        /** "GeometryCollections composed of a single part ... SHOULD be avoided when that single part ... could be used". */
        @Test
        void aCollectionOfOnePartIsKeptWithAWarning() {
            String text = fc(feature("{\"type\":\"GeometryCollection\",\"geometries\":[" + POINT + "]}"));
            GeoJsonProblem p = onlyWarning(read(text), Kind.AVOIDABLE_COLLECTION);
            assertThat(p.message()).contains("single Point");
            assertPlace(p, text, 2, "{\"type\":\"Geo", -1, 0);
        }

        /** "or a number of parts of a single type SHOULD be avoided when ... a single object of multipart type ... could be used". */
        @Test
        void aCollectionOfPartsOfOneTypeIsKeptWithAWarning() {
            String text = fc(feature("{\"type\":\"GeometryCollection\",\"geometries\":[" + POINT + "," + POINT
                    + "]}"));
            assertThat(onlyWarning(read(text), Kind.AVOIDABLE_COLLECTION).message()).contains("MultiPoint");
        }

        /** "a GeometryCollection can be a heterogeneous composition": a point and a line need no comment. */
        @Test
        void aHeterogeneousCollectionIsAccepted() {
            assertThat(read(fc(feature("{\"type\":\"GeometryCollection\",\"geometries\":[" + POINT + "," + LINE
                    + "]}"))).problems()).isEmpty();
        }
    }

    @Nested
    class Section4CoordinateReferenceSystem {

        /**
         * "The coordinate reference system for all GeoJSON coordinates is a geographic coordinate reference
         * system ... with longitude and latitude units of decimal degrees." Projected data stays refused, and the
         * message says how to reproject it.
         */
        @Test
        void projectedCoordinatesAreRefusedWithHowToReproject() {
            String text = fc(feature("{\"type\":\"Point\",\"coordinates\":[16380000.0,5620000.0]}"));
            GeoJsonProblem p = onlyError(read(text), Kind.LATITUDE_OUT_OF_RANGE);
            assertThat(p.message()).contains("looks projected").contains("ogr2ogr -t_srs EPSG:4326 out.geojson "
                    + "in.geojson").contains("-s_srs");
            assertPlace(p, text, 2, "[163", -1, 0);
        }

        /** A GeoJSON 2008 file names its CRS in "crs" (removed by RFC 7946 §4): the message repeats the name. */
        @Test
        void theOldCrsMemberIsNamedInTheMessage() {
            String text = "{\"type\":\"FeatureCollection\",\"crs\":{\"type\":\"name\",\"properties\":{\"name\":"
                    + "\"urn:ogc:def:crs:EPSG::3857\"}},\"features\":[\n" + feature("{\"type\":\"Point\","
                    + "\"coordinates\":[16380000.0,5620000.0]}") + "]}";
            assertThat(onlyError(read(text), Kind.LATITUDE_OUT_OF_RANGE).message()).contains("EPSG::3857");
        }
    }

    @Nested
    class Section71MembersAreNotChangeable {

        /** "FeatureCollection and Feature objects, respectively, MUST NOT contain a "coordinates" or "geometries" member." */
        @Test
        void coordinatesOnAFeatureAreAnError() {
            String text = fc("{\"type\":\"Feature\",\"properties\":{},\"geometry\":" + POINT
                    + ",\"coordinates\":[147,45]}");
            GeoJsonReadResult r = read(text);
            assertPlace(onlyError(r, Kind.MISPLACED_MEMBER), text, 2, "[147,45]}", -1, 0);
            assertThat(r.features()).isEmpty();
        }

        /**
         * "FeatureCollection and Geometry objects, respectively, MUST NOT contain a "geometry" or "properties"
         * member." On the collection, the error is the file's: no phantom feature is counted.
         */
        @Test
        void propertiesOnTheCollectionAreAnErrorOfTheFileNotAFeature() {
            String text = "{\"type\":\"FeatureCollection\",\"properties\":{\"exceededTransferLimit\":true},"
                    + "\"features\":[\n" + feature(POINT) + "]}";
            GeoJsonReadResult r = read(text);
            GeoJsonProblem p = onlyError(r, Kind.MISPLACED_MEMBER);
            assertPlace(p, text, 1, "{\"exceeded", -1, -1);
            assertThat(r.featuresSeen()).isEqualTo(1);
            assertThat(r.features()).hasSize(1);
        }

        /** "FeatureCollection and Geometry objects, respectively, MUST NOT contain a "geometry" or "properties" member." */
        @Test
        void propertiesOnAGeometryAreAnError() {
            String text = fc(feature("{\"type\":\"Point\",\"properties\":{},\"coordinates\":[147,45]}"));
            assertPlace(onlyError(read(text), Kind.MISPLACED_MEMBER), text, 2, "{},\"coord", -1, 0);
        }

        /** "Feature and Geometry objects, respectively, MUST NOT contain a "features" member." */
        @Test
        void featuresOnAFeatureAreAnError() {
            String text = "{\"type\":\"Feature\",\"properties\":{},\"geometry\":null,\"features\":[]}";
            assertPlace(onlyError(read(text), Kind.MISPLACED_MEMBER), text, 1, "[]", -1, 0);
        }

        /** "Feature ... MUST NOT contain a "features" member", even one that comes before its "type". */
        @Test
        void featuresBeforeTheTypeOfAFeatureAreNotItsFeatures() {
            String text = "{\"features\":[" + feature(POINT) + "," + feature(POINT) + "],\"type\":\"Feature\","
                    + "\"properties\":{},\"geometry\":null}";
            GeoJsonReadResult r = read(text);
            assertThat(r.errors()).extracting(GeoJsonProblem::kind).containsExactly(Kind.MISPLACED_MEMBER);
            assertThat(r.featuresSeen()).isEqualTo(1);
            assertThat(r.features()).isEmpty();
        }

        /** §6.1: "Members not described in this specification ("foreign members") MAY be used". */
        @Test
        void foreignMembersAreAccepted() {
            assertThat(read("{\"type\":\"FeatureCollection\",\"name\":\"x\",\"features\":[\n{\"type\":\"Feature\","
                    + "\"title\":\"t\",\"centerline\":{\"type\":\"LineString\",\"coordinates\":[[-170,10],[170,11]]},"
                    + "\"properties\":{},\"geometry\":" + POINT + "}]}").problems()).isEmpty();
        }
    }

    /** Names in a JSON object "SHOULD be unique" (RFC 8259 §4); for a GeoJSON member the meaning is then lost. */
    @Nested
    class DuplicatedMembers {

        /** A second "type" is reported as such, not as a Feature without geometry. */
        @Test
        void aDuplicatedTypeIsReportedAsADuplicate() {
            String text = "{\"type\":\"FeatureCollection\",\"features\":[\n" + feature(POINT) + "],\n"
                    + "\"type\":\"Feature\"}";
            GeoJsonReadResult r = read(text);
            GeoJsonProblem p = onlyError(r, Kind.DUPLICATE);
            assertThat(p.message()).contains("\"type\" twice").doesNotContain("geometry");
            assertPlace(p, text, 3, "\"Feature", -1, -1);
        }

        /** A feature with "geometry" twice is ambiguous: an error of that feature. */
        @Test
        void aDuplicatedGeometryIsAnErrorOfTheFeature() {
            String text = fc("{\"type\":\"Feature\",\"properties\":{},\"geometry\":" + POINT + ",\"geometry\":null}");
            assertPlace(onlyError(read(text), Kind.DUPLICATE), text, 2, "null", -1, 0);
        }
    }

    @Nested
    class Section112CoordinatePrecision {

        /**
         * "6 decimal places ... amounts to about 10 centimeters, a precision well within that of current GPS
         * systems. Implementations should consider the cost of using a greater precision than necessary."
         */
        @Test
        void moreThanSevenDecimalPlacesGetAWarning() {
            String text = fc(feature("{\"type\":\"LineString\",\"coordinates\":[[147.1234567,45],"
                    + "[148.123456789012,46]]}"));
            GeoJsonReadResult r = read(text);
            assertThat(r.isValid()).isTrue();
            GeoJsonProblem p = onlyWarning(r, Kind.EXCESS_PRECISION);
            assertThat(p.message()).contains("148.123456789012").contains("12 decimal places");
            assertPlace(p, text, 2, "148.12", -1, 0);
        }

        /** Seven places (about 1 cm), trailing zeros, and an exponent that leaves few places: no warning. */
        @Test
        void sevenPlacesTrailingZerosAndExponentsAreNotCounted() {
            assertThat(read(fc(feature("{\"type\":\"MultiPoint\",\"coordinates\":[[147.1234567,-45.7654321],"
                    + "[147.1000000000,45.20000000],[1.4712345e2,4.5e1]]}"))).problems()).isEmpty();
        }
    }

    // ===== helpers

    private static final String POINT = "{\"type\":\"Point\",\"coordinates\":[147.5,45.5]}";
    private static final String LINE = "{\"type\":\"LineString\",\"coordinates\":[[147,45],[148,46]]}";

    /** A FeatureCollection with each feature on its own line, from line 2 on. */
    private static String fc(String... features) {
        return "{\"type\":\"FeatureCollection\",\"features\":[\n" + String.join(",\n", features) + "\n]}";
    }

    private static String feature(String geometry) {
        return "{\"type\":\"Feature\",\"properties\":{},\"geometry\":" + geometry + "}";
    }

    private static GeoJsonReadResult read(String text) {
        return new GeoJsonLayerReader().read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                "rfc.geojson");
    }

    /** The one problem of the read: an error of that kind. */
    private static GeoJsonProblem onlyError(GeoJsonReadResult r, Kind kind) {
        assertThat(r.problems()).as("problems").singleElement().satisfies(p -> {
            assertThat(p.kind()).as(p.toString()).isEqualTo(kind);
            assertThat(p.severity()).isEqualTo(Severity.ERROR);
        });
        assertThat(r.isValid()).isFalse();
        return r.problems().get(0);
    }

    /** The one problem of the read: a warning of that kind, so the read is valid. */
    private static GeoJsonProblem onlyWarning(GeoJsonReadResult r, Kind kind) {
        assertThat(r.problems()).as("problems").singleElement().satisfies(p -> {
            assertThat(p.kind()).as(p.toString()).isEqualTo(kind);
            assertThat(p.severity()).isEqualTo(Severity.WARNING);
        });
        assertThat(r.isValid()).isTrue();
        return r.problems().get(0);
    }

    /**
     * The problem is at {@code line}, at the first place of {@code marker} on that line (or at {@code column}
     * when it is positive), in the file named, with the feature number {@code feature} (-1: none).
     */
    private static void assertPlace(GeoJsonProblem p, String text, int line, String marker, int column, int feature) {
        assertThat(p.file()).isEqualTo("rfc.geojson");
        assertThat(p.line()).as(p.toString()).isEqualTo(line);
        String lineText = List.of(text.split("\n", -1)).get(line - 1);
        long expected = column > 0 ? column : lineText.indexOf(marker) + 1;
        assertThat(expected).as("marker " + marker + " on line " + line).isPositive();
        assertThat(p.column()).as(p.toString()).isEqualTo(expected);
        assertThat(p.featureIndex()).as(p.toString()).isEqualTo(feature);
        assertThat(p.toString()).startsWith("rfc.geojson:" + line + ":" + expected + ": ");
        if (feature < 0) {
            assertThat(p.toString()).doesNotContain("feature #");
        } else {
            assertThat(p.toString()).contains("feature #" + feature + ": ");
        }
    }
}
