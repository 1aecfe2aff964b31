// A view other than the default, named by its key: proxy.ts rewrites /<lang>/charts/<id>?<view>
// here. Rendered on its first request and cached like the default view; the keys are not known in
// advance, unlike the languages and ids above, which 404 when unknown (dynamicParams = false).
export { default, generateMetadata } from "../../page";

export const generateStaticParams = async () => [];
export const dynamicParams = true;
