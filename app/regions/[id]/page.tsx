import { RegionView } from "@/components/regions/region-view";
import {
  fetchRegionRoute,
  regionRouteMetadata,
  type RegionRouteProps,
} from "@/lib/charts/view/region-route";

export const dynamic = "force-dynamic";

export const generateMetadata = (props: RegionRouteProps) => regionRouteMetadata(props);

export default async function RegionPage(props: RegionRouteProps) {
  return <RegionView {...await fetchRegionRoute(props)} />;
}
